package org.radassist.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log, {@code audit.jsonl} in the data directory: one JSON object per request, appended.
 * The command line and the GUI write to the same file; appends are synchronised within one process
 * only.
 */
public final class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public AuditLog(Path file) {
        this.file = file;
    }

    public static AuditLog in(AppDirs dirs) {
        return new AuditLog(dirs.auditFile());
    }

    public Path file() {
        return file;
    }

    /**
     * Appends one record. A write failure is logged and not raised, because a full disk must not
     * stop an analysis whose result the user is waiting for.
     */
    public synchronized void append(AuditRecord record) {
        try {
            Files.createDirectories(file.getParent());
            byte[] line = (JSON.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
            Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            log.warn("Appending to the audit log {} failed: {}", file, e.toString());
        }
    }

    /**
     * Reads every record; lines that are not valid records are skipped and counted in the log.
     *
     * @throws IOException when the file exists but cannot be read
     */
    public synchronized List<AuditRecord> read() throws IOException {
        List<AuditRecord> records = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return records;
        }
        int skipped = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                records.add(JSON.readValue(line, AuditRecord.class));
            } catch (IOException e) {
                skipped++;
            }
        }
        if (skipped > 0) {
            log.warn("Skipped {} unreadable lines of the audit log {}", skipped, file);
        }
        return records;
    }

    /** Copies the audit log to {@code target}, replacing it; an absent log gives an empty file. */
    public synchronized void export(Path target) throws IOException {
        if (Files.isRegularFile(file)) {
            Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.write(target, new byte[0]);
        }
    }
}
