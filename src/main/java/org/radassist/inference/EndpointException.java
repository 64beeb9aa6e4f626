package org.radassist.inference;

import java.io.IOException;

/**
 * A request to a MedGemma endpoint failed. The message is one line: "Endpoint HOST: cause
 * (status): server message. What to do."; {@link #errorClass()} gives the cause as an enum so the
 * UI can show a localised headline.
 */
public class EndpointException extends IOException {

    /** Value of {@link #httpStatus()} when no HTTP response arrived. */
    public static final int NO_STATUS = -1;

    private final ErrorClass errorClass;
    private final int httpStatus;
    private final String host;
    private final String serverMessage;

    public EndpointException(ErrorClass errorClass, int httpStatus, String host, String serverMessage,
            String message, Throwable cause) {
        super(message, cause);
        this.errorClass = errorClass;
        this.httpStatus = httpStatus;
        this.host = host;
        this.serverMessage = serverMessage == null ? "" : serverMessage;
    }

    /**
     * Builds the exception with the standard one-line message.
     *
     * @param statusLabel status shown in brackets, such as {@code 429 RESOURCE_EXHAUSTED}, or "" for none
     * @param detail server message or local reason, or "" for none
     */
    public static EndpointException of(ErrorClass errorClass, int httpStatus, String statusLabel,
            String host, String detail, Throwable cause) {
        StringBuilder message = new StringBuilder("Endpoint ").append(host).append(": ")
                .append(errorClass.cause());
        if (statusLabel != null && !statusLabel.isEmpty()) {
            message.append(" (").append(statusLabel).append(")");
        }
        String oneLine = oneLine(detail);
        if (!oneLine.isEmpty()) {
            message.append(": ").append(oneLine);
            if (!oneLine.endsWith(".") && !oneLine.endsWith("!") && !oneLine.endsWith("?")) {
                message.append('.');
            }
        } else {
            message.append('.');
        }
        message.append(' ').append(errorClass.advice());
        return new EndpointException(errorClass, httpStatus, host, oneLine, message.toString(), cause);
    }

    /** Collapses whitespace and line breaks and cuts the text to 300 characters. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String collapsed = text.replaceAll("\\s+", " ").trim();
        return collapsed.length() > 300 ? collapsed.substring(0, 297) + "..." : collapsed;
    }

    public ErrorClass errorClass() {
        return errorClass;
    }

    /** HTTP status of the failed response, or {@link #NO_STATUS} when none arrived. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Host name of the endpoint. */
    public String host() {
        return host;
    }

    /** Returns the server's own error message on one line, or the local reason; "" when none. */
    public String serverMessage() {
        return serverMessage;
    }
}
