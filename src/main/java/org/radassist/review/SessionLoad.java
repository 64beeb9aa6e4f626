package org.radassist.review;

import java.util.Optional;

/**
 * The outcome of {@link SessionStore#load}: the saved session if there is a readable one, and the
 * damaged file found instead, if any, for the UI to report.
 */
public record SessionLoad(Optional<ReviewSession> session, Optional<DamagedSession> damaged) {

    public static SessionLoad none() {
        return new SessionLoad(Optional.empty(), Optional.empty());
    }

    public static SessionLoad of(ReviewSession session) {
        return new SessionLoad(Optional.of(session), Optional.empty());
    }

    public static SessionLoad damaged(DamagedSession damaged) {
        return new SessionLoad(Optional.empty(), Optional.of(damaged));
    }
}
