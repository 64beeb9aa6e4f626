package org.radassist.review;

/**
 * What was sent to the model for the findings of a session. Fields the caller does not know are
 * {@code null} (text) or 0 (numbers).
 *
 * @param profile name of the endpoint profile
 * @param endpointHost host of the endpoint, without credentials or path
 * @param model the model name the endpoint reported, or the configured one
 * @param apiFormat the request format, for example "chat" or "vertex-predict"
 * @param promptTemplateId id of the prompt template
 * @param promptTemplateName name of the prompt template when it was used: a bundle key starting with
 *     {@code template.} for a built-in template, the user's own name for a user template, or
 *     {@code null} in sessions saved before the name was recorded
 * @param imageWidth width in pixels of the image sent
 * @param imageHeight height in pixels of the image sent
 * @param imageFormat encoding of the image sent, "JPEG" or "PNG"
 * @param imageBytes size of the encoded image in bytes
 * @param time when the response arrived, ISO-8601 UTC ({@code 2026-12-04T22:15:30Z})
 * @param demo whether the response came from the embedded demo endpoint's recorded responses, not a model
 */
public record RequestSummary(
        String profile,
        String endpointHost,
        String model,
        String apiFormat,
        String promptTemplateId,
        String promptTemplateName,
        int imageWidth,
        int imageHeight,
        String imageFormat,
        long imageBytes,
        String time,
        boolean demo) {

    /** Creates a summary without the template's name; reports then name a built-in template by its id. */
    public RequestSummary(String profile, String endpointHost, String model, String apiFormat, String promptTemplateId,
            int imageWidth, int imageHeight, String imageFormat, long imageBytes, String time, boolean demo) {
        this(profile, endpointHost, model, apiFormat, promptTemplateId, null, imageWidth, imageHeight, imageFormat,
                imageBytes, time, demo);
    }
}
