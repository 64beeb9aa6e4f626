package org.radassist.inference;

/** Kind of MedGemma endpoint, which decides how the base URL is built. */
public enum EndpointKind {
    /** Vertex AI dedicated endpoint: {@code {ENDPOINT_ID}.{REGION}-{PROJECT_NUMBER}.prediction.vertexai.goog}. */
    VERTEX_DEDICATED,
    /** Vertex AI standard (shared) endpoint: {@code {REGION}-aiplatform.googleapis.com}. */
    VERTEX_STANDARD,
    /** Any OpenAI-compatible server such as vLLM, given by its base URL (for example {@code http://127.0.0.1:8000/v1}). */
    OPENAI_COMPATIBLE,
    /** The embedded {@link DemoEndpoint} on 127.0.0.1. */
    DEMO;

    public boolean isVertex() {
        return this == VERTEX_DEDICATED || this == VERTEX_STANDARD;
    }
}
