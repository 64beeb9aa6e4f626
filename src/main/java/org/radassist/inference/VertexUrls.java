package org.radassist.inference;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/** Recognises the base URL of a Vertex AI endpoint, or of a local server shaped like one. */
public final class VertexUrls {

    private static final Pattern ENDPOINT_PATH =
            Pattern.compile("/v1(beta1)?/projects/[^/]+/locations/[^/]+/endpoints/[^/]+/?");

    private VertexUrls() {
    }

    /**
     * Returns whether the URL's host is a Vertex AI prediction host, or its path is
     * {@code /v1beta1/projects/P/locations/R/endpoints/ID} (also {@code /v1/...}).
     */
    public static boolean isVertexEndpointUrl(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getPath() == null ? "" : uri.getPath();
        return host.endsWith(".prediction.vertexai.goog") || host.endsWith("-aiplatform.googleapis.com")
                || ENDPOINT_PATH.matcher(path).matches();
    }
}
