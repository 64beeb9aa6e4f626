package org.radassist.review;

import java.nio.file.Path;

/**
 * Child process of {@link SessionKillTest}: saves a large session in a tight loop with the overall
 * note "version-N" and prints N to stdout after each save has returned.
 */
public final class SessionSaveLoop {

    private SessionSaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        SessionStore store = new SessionStore(Path.of(args[0]));
        for (long version = 1; ; version++) {
            store.save(SessionFixtures.large(2000, "version-" + version));
            System.out.println(version);
            System.out.flush();
        }
    }
}
