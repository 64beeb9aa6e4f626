package org.radassist.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.radassist.review.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small JSON file in the configuration directory, written atomically: a temporary file in the
 * same folder, then a move over the old file. A file that cannot be parsed is moved aside as
 * {@code NAME.damaged-yyyyMMdd-HHmmss}, never overwritten silently.
 */
final class JsonFile {

    private static final Logger log = LoggerFactory.getLogger(JsonFile.class);

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    JsonFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    /** Returns the parsed file, or {@code null} when it is missing or damaged (then moved aside). */
    JsonNode read() {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".damaged-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
                log.warn("{} could not be parsed ({}); moved it to {} and used the defaults", file,
                        e.getClass().getSimpleName(), aside.getFileName());
            } catch (IOException moveError) {
                log.warn("{} could not be parsed ({}) nor moved aside; the defaults are used for this run", file,
                        e.getClass().getSimpleName());
            }
            return null;
        }
    }

    /** Writes {@code value} as indented JSON through a temporary file and an atomic move. */
    void write(Object value) throws IOException {
        AtomicFiles.write(file, MAPPER.writeValueAsBytes(value));
    }
}
