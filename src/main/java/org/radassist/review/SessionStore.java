package org.radassist.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Review sessions on disk: one JSON file ({@link SessionFile}) per image key, named
 * {@code <key>.json}, in one directory. Saving is atomic ({@link AtomicFiles}), so a process killed
 * mid-save leaves the previous version, and the leftover temporary file is never read.
 *
 * <p>A file that cannot be read (invalid JSON, another schema version, another image's key) is
 * renamed to {@code <key>.damaged-<yyyyMMdd-HHmmss>.json} and reported in the {@link SessionLoad};
 * it is never overwritten. Thread-safe.
 */
public final class SessionStore {

    private static final Logger log = LoggerFactory.getLogger(SessionStore.class);
    private static final DateTimeFormatter ASIDE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path directory;
    /** Keys whose damaged file could not be moved aside; saving them would overwrite the file. */
    private final Set<String> damagedInPlace = ConcurrentHashMap.newKeySet();

    public SessionStore(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    public Path directory() {
        return directory;
    }

    public Path fileFor(ImageKey key) {
        return directory.resolve(key.value() + ".json");
    }

    /** Loads the session of an image; no file gives an empty load, a damaged one is moved aside. */
    public SessionLoad load(ImageKey key) throws SessionStoreException {
        Path file = fileFor(key);
        if (!Files.isRegularFile(file)) {
            return SessionLoad.none();
        }
        return read(file, key.value());
    }

    /**
     * Loads a session file by path, as the command line does; a damaged file is moved aside and
     * reported like in {@link #load(ImageKey)}.
     *
     * @throws SessionStoreException NOT_FOUND when the file does not exist, READ_FAILED when it
     *     cannot be read
     */
    public static SessionLoad loadFile(Path file) throws SessionStoreException {
        if (!Files.isRegularFile(file)) {
            throw new SessionStoreException(file, SessionStoreException.Reason.NOT_FOUND,
                    "Session file " + file + ": not found", null);
        }
        return new SessionStore(file.toAbsolutePath().getParent()).read(file, null);
    }

    /**
     * Writes the session atomically.
     *
     * @throws SessionStoreException DAMAGED_FILE_IN_PLACE when a damaged file of this key could not
     *     be moved aside, WRITE_FAILED when writing fails
     */
    public void save(ReviewSession session) throws SessionStoreException {
        ImageKey key = new ImageKey(session.imageKey());
        Path file = fileFor(key);
        if (damagedInPlace.contains(key.value())) {
            throw new SessionStoreException(file, SessionStoreException.Reason.DAMAGED_FILE_IN_PLACE,
                    "Session file " + file + " is damaged and could not be moved aside; move it away to save the review",
                    null);
        }
        try {
            SessionFile content = new SessionFile(SessionFile.CURRENT_VERSION, Instant.now().toString(), session);
            AtomicFiles.write(file, ReviewJson.mapper().writeValueAsBytes(content));
        } catch (IOException e) {
            throw new SessionStoreException(file, SessionStoreException.Reason.WRITE_FAILED,
                    "Session file " + file + ": write failed: " + e.getMessage(), e);
        }
        log.debug("Saved review session {}", key);
    }

    private SessionLoad read(Path file, String expectedKey) throws SessionStoreException {
        JsonNode tree;
        try {
            tree = ReviewJson.mapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            return moveAside(file, expectedKey, DamagedSession.Reason.INVALID_JSON, firstLine(e.getOriginalMessage()));
        } catch (NoSuchFileException e) {
            return SessionLoad.none();
        } catch (IOException e) {
            throw new SessionStoreException(file, SessionStoreException.Reason.READ_FAILED,
                    "Session file " + file + ": read failed: " + e.getMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            return moveAside(file, expectedKey, DamagedSession.Reason.INVALID_JSON, "not a JSON object");
        }
        JsonNode version = tree.get("schemaVersion");
        if (version == null || !version.isInt() || version.intValue() != SessionFile.CURRENT_VERSION) {
            return moveAside(file, expectedKey, DamagedSession.Reason.UNSUPPORTED_SCHEMA_VERSION,
                    "schema version " + version + ", expected " + SessionFile.CURRENT_VERSION);
        }
        SessionFile content;
        try {
            content = ReviewJson.mapper().treeToValue(tree, SessionFile.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return moveAside(file, expectedKey, DamagedSession.Reason.INVALID_JSON, firstLine(e.getMessage()));
        }
        if (content.session() == null) {
            return moveAside(file, expectedKey, DamagedSession.Reason.INVALID_JSON, "no session");
        }
        if (expectedKey != null && !expectedKey.equals(content.session().imageKey())) {
            return moveAside(file, expectedKey, DamagedSession.Reason.KEY_MISMATCH,
                    "contains the session of image " + content.session().imageKey());
        }
        return SessionLoad.of(content.session());
    }

    private SessionLoad moveAside(Path file, String key, DamagedSession.Reason reason, String cause) {
        String name = file.getFileName().toString();
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        Path aside = file.resolveSibling(stem + ".damaged-" + ASIDE_TIME.format(Instant.now()) + ".json");
        for (int attempt = 2; Files.exists(aside); attempt++) {
            aside = file.resolveSibling(stem + ".damaged-" + ASIDE_TIME.format(Instant.now()) + "-" + attempt + ".json");
        }
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
            String message = "Session file " + file + " could not be read (" + cause + "); it was moved to " + aside;
            log.warn(message);
            if (key != null) {
                damagedInPlace.remove(key);
            }
            return SessionLoad.damaged(new DamagedSession(file, aside, reason, message));
        } catch (IOException e) {
            String message = "Session file " + file + " could not be read (" + cause
                    + ") and could not be moved aside (" + e.getMessage() + "); it is left in place";
            log.warn(message);
            if (key != null) {
                damagedInPlace.add(key);
            }
            return SessionLoad.damaged(new DamagedSession(file, null, reason, message));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid content";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
