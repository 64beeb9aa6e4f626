package org.radassist.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionStoreTest {

    private static final ImageKey KEY = new ImageKey(SessionFixtures.KEY);

    @TempDir
    Path directory;

    @Test
    void saveLoad_roundTripKeepsEveryField() throws Exception {
        SessionStore store = new SessionStore(directory);
        ReviewSession session = SessionFixtures.complete("/data/chest-ct-nema-ct1.dcm");

        store.save(session);
        SessionLoad load = store.load(KEY);

        assertEquals(session, load.session().orElseThrow());
        assertTrue(load.damaged().isEmpty());
    }

    @Test
    void saveFile_containsSchemaVersionAndTypes() throws Exception {
        SessionStore store = new SessionStore(directory);
        store.save(SessionFixtures.complete("/data/a.dcm"));

        String json = Files.readString(store.fileFor(KEY));

        assertTrue(json.contains("\"schemaVersion\" : 1"), json);
        assertTrue(json.contains("\"type\" : \"ELLIPSE\""), json);
        assertTrue(json.contains("\"kind\" : \"EDITED\""), json);
    }

    @Test
    void load_missingFileIsEmpty() throws Exception {
        SessionLoad load = new SessionStore(directory).load(KEY);

        assertTrue(load.session().isEmpty());
        assertTrue(load.damaged().isEmpty());
    }

    @Test
    void load_invalidJsonMovedAsideAndReported() throws Exception {
        SessionStore store = new SessionStore(directory);
        Path file = store.fileFor(KEY);
        Files.writeString(file, "{\"schemaVersion\": 1, \"session\": {", StandardCharsets.UTF_8);

        SessionLoad load = store.load(KEY);

        DamagedSession damaged = load.damaged().orElseThrow();
        assertEquals(DamagedSession.Reason.INVALID_JSON, damaged.reason());
        assertFalse(Files.exists(file));
        assertTrue(damaged.movedTo().getFileName().toString()
                .matches(SessionFixtures.KEY + "\\.damaged-\\d{8}-\\d{6}\\.json"), damaged.movedTo().toString());
        assertEquals("{\"schemaVersion\": 1, \"session\": {", Files.readString(damaged.movedTo()));
        assertTrue(damaged.message().contains(file.toString()), damaged.message());
        assertTrue(load.session().isEmpty());
    }

    @Test
    void load_otherSchemaVersionMovedAside() throws Exception {
        SessionStore store = new SessionStore(directory);
        store.save(SessionFixtures.complete("/data/a.dcm"));
        Path file = store.fileFor(KEY);
        Files.writeString(file, Files.readString(file).replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2"));

        SessionLoad load = store.load(KEY);

        assertEquals(DamagedSession.Reason.UNSUPPORTED_SCHEMA_VERSION, load.damaged().orElseThrow().reason());
        assertTrue(Files.exists(load.damaged().orElseThrow().movedTo()));
    }

    @Test
    void load_otherImagesSessionMovedAside() throws Exception {
        SessionStore store = new SessionStore(directory);
        store.save(SessionFixtures.complete("/data/a.dcm"));
        ImageKey other = new ImageKey("cd".repeat(32) + "-0");
        Files.move(store.fileFor(KEY), store.fileFor(other));

        SessionLoad load = store.load(other);

        assertEquals(DamagedSession.Reason.KEY_MISMATCH, load.damaged().orElseThrow().reason());
    }

    @Test
    void save_afterDamagedLoadKeepsDamagedCopy() throws Exception {
        SessionStore store = new SessionStore(directory);
        Files.writeString(store.fileFor(KEY), "not json");
        Path aside = store.load(KEY).damaged().orElseThrow().movedTo();

        store.save(SessionFixtures.complete("/data/a.dcm"));

        assertEquals("not json", Files.readString(aside));
        assertTrue(store.load(KEY).session().isPresent());
    }

    @Test
    void load_leftoverTemporaryFileIgnored() throws Exception {
        SessionStore store = new SessionStore(directory);
        ReviewSession saved = SessionFixtures.complete("/data/a.dcm");
        store.save(saved);
        Path leftover = directory.resolve(SessionFixtures.KEY + ".json.5f0c-partial" + AtomicFiles.TEMPORARY_SUFFIX);
        Files.writeString(leftover, "{\"schemaVersion\" : 1, \"sess");

        SessionLoad load = store.load(KEY);

        assertEquals(saved, load.session().orElseThrow());
        assertTrue(load.damaged().isEmpty());
        assertTrue(Files.exists(leftover));
    }

    @Test
    void save_leavesNoTemporaryFile() throws Exception {
        SessionStore store = new SessionStore(directory);
        store.save(SessionFixtures.complete("/data/a.dcm"));
        store.save(SessionFixtures.complete("/data/b.dcm"));

        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(List.of(store.fileFor(KEY)), files.toList());
        }
    }

    @Test
    void loadFile_missingPathThrowsNotFound() {
        SessionStoreException error = assertThrows(SessionStoreException.class,
                () -> SessionStore.loadFile(directory.resolve("absent.json")));

        assertEquals(SessionStoreException.Reason.NOT_FOUND, error.reason());
    }

    @Test
    void autosaver_closeWritesLatestSubmitted() throws Exception {
        SessionStore store = new SessionStore(directory);
        ReviewSession first = SessionFixtures.complete("/data/a.dcm").withOverallNote("first");
        ReviewSession second = first.withOverallNote("second");

        try (SessionAutosaver autosaver = new SessionAutosaver(store)) {
            autosaver.submit(first);
            autosaver.submit(second);
        }

        assertEquals(second, store.load(KEY).session().orElseThrow());
    }

    @Test
    void autosaver_keepsLatestOfEachImage() throws Exception {
        SessionStore store = new SessionStore(directory);
        ReviewSession first = SessionFixtures.complete("/data/a.dcm").withOverallNote("first image");
        ImageKey otherKey = new ImageKey("cd".repeat(32) + "-3");
        ReviewSession other = ReviewSession.start(otherKey, "b.dcm", "/data/b.dcm", 3, "CT").withOverallNote("other");

        try (SessionAutosaver autosaver = new SessionAutosaver(store)) {
            autosaver.submit(first);
            autosaver.submit(other);
        }

        assertEquals(first, store.load(KEY).session().orElseThrow());
        assertEquals(other, store.load(otherKey).session().orElseThrow());
    }

    @Test
    void autosaver_flushWritesAtOnce() throws Exception {
        SessionStore store = new SessionStore(directory);
        ReviewSession session = SessionFixtures.complete("/data/a.dcm");

        try (SessionAutosaver autosaver = new SessionAutosaver(store)) {
            autosaver.submit(session);
            autosaver.flush();

            assertEquals(session, store.load(KEY).session().orElseThrow());
        }
    }

    @Test
    void preferences_roundTrip() throws Exception {
        ReviewerPreferencesStore store = new ReviewerPreferencesStore(directory.resolve("review-preferences.json"));

        store.save(new ReviewerPreferences("Dr. Li Wei"));

        assertEquals("Dr. Li Wei", store.load().reviewerName());
    }

    @Test
    void preferences_missingFileGivesDefaults() {
        ReviewerPreferencesStore store = new ReviewerPreferencesStore(directory.resolve("absent.json"));

        assertEquals("", store.load().reviewerName());
    }
}
