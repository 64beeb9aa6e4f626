package org.radassist.app;

import org.radassist.ui.WorkbenchException;
import org.radassist.ui.WorkbenchException.Reason;

/** Checks names of endpoint profiles: 1 to 64 characters, no control characters, unique without regard to case. */
final class ProfileNames {

    static final int MAX_LENGTH = 64;

    private ProfileNames() {
    }

    /** Returns the trimmed name, or throws INVALID_SETTINGS naming the problem. */
    static String check(String name, Settings existing) throws WorkbenchException {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw new WorkbenchException(Reason.INVALID_SETTINGS, "Profile name is missing: enter a name.");
        }
        if (trimmed.length() > MAX_LENGTH || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new WorkbenchException(Reason.INVALID_SETTINGS, "Profile name '" + trimmed
                    + "' is invalid: use at most " + MAX_LENGTH + " characters and no control characters.");
        }
        if (existing.profile(trimmed).isPresent()) {
            throw new WorkbenchException(Reason.INVALID_SETTINGS, "Profile '" + trimmed + "' already exists.");
        }
        return trimmed;
    }
}
