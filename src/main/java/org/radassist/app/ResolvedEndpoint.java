package org.radassist.app;

import org.radassist.inference.EndpointConfig;
import org.radassist.inference.InferenceClient;

/**
 * An endpoint ready for requests: its configuration, the client that talks to it, and whether it
 * is the embedded demo endpoint, whose answers are recorded text rather than model output.
 */
public record ResolvedEndpoint(EndpointConfig config, InferenceClient client, boolean demo) {
}
