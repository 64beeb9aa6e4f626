package org.radassist.app;

import org.radassist.inference.EndpointConfig;
import org.radassist.inference.InferenceClient;

/**
 * An endpoint ready for requests: the profile it came from, its configuration, the client that
 * talks to it, and whether it is the embedded demo endpoint, whose answers are recorded text
 * rather than model output.
 *
 * @param profile the profile's name; for an endpoint given on the command line, the name
 *     {@code command-line}
 */
public record ResolvedEndpoint(String profile, EndpointConfig config, InferenceClient client, boolean demo) {
}
