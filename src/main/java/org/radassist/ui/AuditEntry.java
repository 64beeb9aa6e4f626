package org.radassist.ui;

/**
 * One row of the audit log table.
 *
 * @param image dimensions, format and size of the image sent, such as "896x896 JPEG, 120345 bytes"
 * @param totalTokens the response's total tokens, or -1 when unknown
 */
public record AuditEntry(String time, String profile, String endpointHost, String model, String apiFormat,
                         String image, String status, String errorClass, long latencyMs, int totalTokens,
                         String finishReason, int retries) {
}
