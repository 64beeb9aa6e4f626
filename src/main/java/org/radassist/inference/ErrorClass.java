package org.radassist.inference;

/** Cause of a failed request, with the phrase used in messages and the advice shown to the user. */
public enum ErrorClass {
    AUTH("authorisation failed", "Check the credentials: run 'gcloud auth application-default login' for ADC, or set the API key variable."),
    PERMISSION("permission denied", "Grant the account access to the endpoint (Vertex AI User role) or use another account."),
    QUOTA("quota exhausted", "Wait and try again, or raise the endpoint's quota."),
    CONTEXT_TOO_LONG("request exceeds the model's context length", "Shorten the clinical history or lower max tokens."),
    PAYLOAD_TOO_LARGE("request too large", "Send a smaller image (JPEG, at most 896 px a side)."),
    BAD_IMAGE("image rejected", "Send the image as PNG or JPEG."),
    NOT_FOUND("not found", "Check the endpoint URL, endpoint ID and model name."),
    TEXT_ONLY_MODEL("model accepts text only", "Choose a multimodal MedGemma model such as google/medgemma-4b-it."),
    BAD_REQUEST("request rejected", "Check the endpoint settings and the model name."),
    SERVER("server error", "Try again later; if it persists, check the endpoint's logs."),
    NETWORK("connection failed", "Check that the server is running and the address is right."),
    TIMEOUT("timed out", "Try again; the model may still be loading."),
    CANCELLED("request cancelled", "Start the analysis again when needed."),
    BAD_RESPONSE("unexpected response", "Check that the URL points to an OpenAI-compatible chat completions API.");

    private final String cause;
    private final String advice;

    ErrorClass(String cause, String advice) {
        this.cause = cause;
        this.advice = advice;
    }

    /** Short English phrase for the cause, as used in {@link EndpointException} messages. */
    public String cause() {
        return cause;
    }

    /** Returns one English sentence saying what the user can do next. */
    public String advice() {
        return advice;
    }
}
