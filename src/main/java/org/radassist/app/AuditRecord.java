package org.radassist.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One line of the audit log: what was sent where and how it ended. It contains no token, API key,
 * clinical history text or DICOM identifier; the image appears only as its SHA-256 and size.
 *
 * @param time the request's start, ISO-8601 in UTC
 * @param imageSha256 hex SHA-256 of the encoded image bytes
 * @param historyLength characters of clinical history sent
 * @param status {@code ok}, {@code failed} or {@code cancelled}
 * @param errorClass the {@link org.radassist.inference.ErrorClass} name, or null on success
 * @param httpStatus the failed response's status, or null
 * @param latencyMs time from handing the request to the HTTP client to the answer or failure
 * @param promptTokens token counts from the response's usage, or null when unknown
 * @param retries retries after HTTP 429, 502, 503 or 504
 * @param images every image sent, in request order (one, or the slices of a multi-slice request);
 *     empty for an image URL
 * @param imageUrlHost the host of the image URL sent instead of image bytes, or null
 */
@JsonPropertyOrder({"time", "profile", "endpoint_host", "model", "api_format", "image_sha256", "image_width",
        "image_height", "image_bytes", "image_format", "template_id", "history_length", "thinking", "status",
        "error_class", "http_status", "latency_ms", "prompt_tokens", "completion_tokens", "total_tokens",
        "finish_reason", "retries", "images", "image_url_host"})
public record AuditRecord(
        String time,
        String profile,
        @JsonProperty("endpoint_host") String endpointHost,
        String model,
        @JsonProperty("api_format") String apiFormat,
        @JsonProperty("image_sha256") String imageSha256,
        @JsonProperty("image_width") int imageWidth,
        @JsonProperty("image_height") int imageHeight,
        @JsonProperty("image_bytes") int imageBytes,
        @JsonProperty("image_format") String imageFormat,
        @JsonProperty("template_id") String templateId,
        @JsonProperty("history_length") int historyLength,
        boolean thinking,
        String status,
        @JsonProperty("error_class") String errorClass,
        @JsonProperty("http_status") Integer httpStatus,
        @JsonProperty("latency_ms") long latencyMs,
        @JsonProperty("prompt_tokens") Integer promptTokens,
        @JsonProperty("completion_tokens") Integer completionTokens,
        @JsonProperty("total_tokens") Integer totalTokens,
        @JsonProperty("finish_reason") String finishReason,
        int retries,
        List<Image> images,
        @JsonProperty("image_url_host") String imageUrlHost) {

    public static final String STATUS_OK = "ok";
    public static final String STATUS_FAILED = "failed";
    public static final String STATUS_CANCELLED = "cancelled";

    public AuditRecord {
        images = images == null ? List.of() : List.copyOf(images);
    }

    /**
     * One image of the request.
     *
     * @param sha256 hex SHA-256 of the encoded bytes
     * @param format {@code JPEG} or {@code PNG}
     */
    @JsonPropertyOrder({"sha256", "width", "height", "bytes", "format"})
    public record Image(String sha256, int width, int height, int bytes, String format) {
    }
}
