package org.radassist.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

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
 * @param retries retries after HTTP 429 or 503
 */
@JsonPropertyOrder({"time", "profile", "endpoint_host", "model", "api_format", "image_sha256", "image_width",
        "image_height", "image_bytes", "image_format", "template_id", "history_length", "thinking", "status",
        "error_class", "http_status", "latency_ms", "prompt_tokens", "completion_tokens", "total_tokens",
        "finish_reason", "retries"})
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
        int retries) {

    public static final String STATUS_OK = "ok";
    public static final String STATUS_FAILED = "failed";
    public static final String STATUS_CANCELLED = "cancelled";
}
