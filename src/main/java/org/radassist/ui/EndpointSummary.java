package org.radassist.ui;

/**
 * The endpoint in use, as parts that the UI formats with its bundle key
 * {@code endpoint.summary.<KIND>}.
 *
 * @param profile the profile's name
 * @param host the endpoint's host name, empty for the demo endpoint and invalid settings
 * @param model the model name sent in requests, empty when the endpoint chooses its default
 */
public record EndpointSummary(String profile, Kind kind, String host, String model) {

    /** Kind of endpoint that the active profile selects. */
    public enum Kind {
        /** The embedded demo endpoint, which returns recorded answers. */
        DEMO,
        /** An endpoint at {@code host}. */
        REMOTE,
        /** Settings that fail validation. */
        INVALID
    }

    public EndpointSummary {
        profile = profile == null ? "" : profile;
        host = host == null ? "" : host;
        model = model == null ? "" : model;
    }
}
