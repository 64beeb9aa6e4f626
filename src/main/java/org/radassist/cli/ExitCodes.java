package org.radassist.cli;

/** Exit statuses of the command line, a stable contract that scripts depend on. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int USAGE = 2;
    public static final int INPUT_UNREADABLE = 3;
    public static final int ENDPOINT_FAILED = 4;

    private ExitCodes() {
    }
}
