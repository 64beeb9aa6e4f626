package org.radassist.inference;

import okhttp3.Response;

/** Status, reason phrase and body of one HTTP exchange, or the completion read from its stream. */
final class ExchangeResult {
    final int status;
    final String reasonPhrase;
    final String body;
    final boolean demo;
    final long retryAfterSeconds;
    final Completion streamed;

    ExchangeResult(int status, String reasonPhrase, String body, boolean demo, long retryAfterSeconds,
            Completion streamed) {
        this.status = status;
        this.reasonPhrase = reasonPhrase;
        this.body = body;
        this.demo = demo;
        this.retryAfterSeconds = retryAfterSeconds;
        this.streamed = streamed;
    }

    /** Reads {@code Retry-After} in seconds; an HTTP date or a missing header gives -1. */
    static long retryAfterSeconds(Response response) {
        String value = response.header("Retry-After");
        if (value == null) {
            return -1;
        }
        try {
            return Math.max(0, Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
