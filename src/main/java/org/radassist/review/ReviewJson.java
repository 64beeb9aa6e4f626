package org.radassist.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The Jackson set-up of session files, preferences and JSON reports. */
public final class ReviewJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReviewJson() {
    }

    /**
     * Returns the shared mapper. Unknown properties fail reading, so a file of another schema is
     * reported as damaged instead of losing fields silently.
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
