package org.radassist.app;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Everything RadAssist keeps between runs in {@code settings.json}.
 *
 * @param endpoint the endpoint analyses go to; {@code null} means none is configured, so the
 *                 embedded demo endpoint answers
 * @param imageFormat {@code jpeg} (default) or {@code png} for the model input
 * @param maxSide the model input's maximum side in pixels; 0 keeps the original size
 * @param ctWindows {@code NOTEBOOK} (G -135..215 HU, the default) or {@code SERVING_CODE} (G 135..215 HU)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(EndpointSettings endpoint, String imageFormat, int maxSide, String ctWindows) {

    public static final int DEFAULT_MAX_SIDE = 896;

    public static Settings defaults() {
        return new Settings(null, "jpeg", DEFAULT_MAX_SIDE, "NOTEBOOK");
    }

    public boolean endpointConfigured() {
        return endpoint != null && !endpoint.isDemo();
    }

    public EndpointSettings endpointOrDemo() {
        return endpoint == null ? EndpointSettings.demo() : endpoint;
    }

    public Settings withEndpoint(EndpointSettings newEndpoint) {
        return new Settings(newEndpoint, imageFormat, maxSide, ctWindows);
    }
}
