package org.radassist.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A batch results file opened for appending. Opening it reads the lines already there, so a rerun
 * skips the images that have an ok line; error lines are retried. Each new line goes to the file
 * in one write under a lock, so concurrent workers and an interrupted run never leave half a line
 * behind another.
 */
public final class BatchResults implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BatchResults.class);

    private final Path file;
    private final FileChannel channel;
    private final Set<String> completed;
    private final int existingLines;
    private final int unreadableLines;

    private BatchResults(Path file, FileChannel channel, Set<String> completed, int existingLines,
                         int unreadableLines) {
        this.file = file;
        this.channel = channel;
        this.completed = completed;
        this.existingLines = existingLines;
        this.unreadableLines = unreadableLines;
    }

    /**
     * Opens the results file, creating it and its folder when missing. A last line without its
     * line feed is the remainder of a write the operating system cut short (a killed process or a
     * full disk): it is removed, so the file holds whole lines only. Other lines that do not parse
     * are kept and ignored.
     */
    public static BatchResults open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            byte[] content = Files.readAllBytes(file);
            int end = content.length;
            while (end > 0 && content[end - 1] != '\n') {
                end--;
            }
            if (end < content.length) {
                log.warn("Removed an incomplete last line of {} bytes from {}", content.length - end, file);
                channel.truncate(end);
            }
            Set<String> completed = new HashSet<>();
            int lines = 0;
            int unreadable = 0;
            for (String line : new String(content, 0, end, StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                lines++;
                try {
                    BatchRecord record = BatchRecord.parse(line);
                    if (record.ok() && record.imageSha256() != null) {
                        completed.add(record.imageSha256());
                    }
                } catch (JsonProcessingException e) {
                    unreadable++;
                }
            }
            if (unreadable > 0) {
                log.warn("Ignored {} lines of {} that are not batch results", unreadable, file);
            }
            channel.position(channel.size());
            return new BatchResults(file, channel, completed, lines, unreadable);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** Returns whether the file already has an ok line for the image hash. */
    public synchronized boolean completed(String imageSha256) {
        return imageSha256 != null && completed.contains(imageSha256);
    }

    /** Returns the number of result lines the file had when it was opened. */
    public int existingLines() {
        return existingLines;
    }

    /** Returns the number of lines that were not results when the file was opened. */
    public int unreadableLines() {
        return unreadableLines;
    }

    /** Appends the record as one line and forces it to the storage device. */
    public synchronized void append(BatchRecord record) throws IOException {
        ByteBuffer line = ByteBuffer.wrap((record.toJsonLine() + "\n").getBytes(StandardCharsets.UTF_8));
        while (line.hasRemaining()) {
            channel.write(line);
        }
        channel.force(false);
        if (record.ok() && record.imageSha256() != null) {
            completed.add(record.imageSha256());
        }
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
