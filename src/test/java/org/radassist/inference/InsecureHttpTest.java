package org.radassist.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain http: allowed to loopback hosts, to other hosts only when the profile allows it, and never
 * with credentials to other hosts. The validator enforces this, and {@link InferenceCall} checks
 * {@link EndpointConfigValidator#mayCarryCredentials} again before it adds an Authorization header.
 */
class InsecureHttpTest {

    private static EndpointConfig.Builder remote() {
        return EndpointConfig.openAiCompatible("http://10.0.0.5:8000/v1").toBuilder();
    }

    @Test
    void validate_plainHttpRemote_rejectedUnlessAllowed() {
        assertEquals(List.of("Base URL 'http://10.0.0.5:8000/v1' uses plain http to another computer: use https,"
                + " or allow insecure http in the endpoint settings (--allow-insecure-http on the command line)."),
                remote().build().validate());
        assertEquals(List.of(), remote().allowInsecureHttp(true).build().validate());
    }

    @Test
    void validate_remoteHttpApiKey_rejected() {
        EndpointConfig config = remote().allowInsecureHttp(true).auth(AuthMethod.API_KEY).apiKeyEnvVar("KEY").build();

        assertEquals(List.of("Base URL 'http://10.0.0.5:8000/v1' uses plain http to another computer, so API_KEY"
                + " credentials would travel unencrypted: use https, or set auth to NONE."), config.validate());
    }

    @Test
    void validate_remoteHttpAdc_rejected() {
        EndpointConfig config = remote().allowInsecureHttp(true).auth(AuthMethod.ADC).build();

        assertEquals(1, config.validate().size());
        assertTrue(config.validate().get(0).contains("ADC credentials would travel unencrypted"));
    }

    @Test
    void validate_plainHttpLoopbackWithApiKey_accepted() {
        EndpointConfig config = EndpointConfig.openAiCompatible("http://127.0.0.1:8000/v1").toBuilder()
                .auth(AuthMethod.API_KEY).apiKeyEnvVar("KEY").build();

        assertEquals(List.of(), config.validate());
    }

    @Test
    void mayCarryCredentials_byUrl() {
        assertTrue(EndpointConfigValidator.mayCarryCredentials("https://10.0.0.5/v1/chat/completions"));
        assertTrue(EndpointConfigValidator.mayCarryCredentials("http://127.0.0.1:8000/v1/chat/completions"));
        assertTrue(EndpointConfigValidator.mayCarryCredentials("http://localhost:8000/v1/models"));
        assertFalse(EndpointConfigValidator.mayCarryCredentials("http://10.0.0.5:8000/v1/chat/completions"));
        assertFalse(EndpointConfigValidator.mayCarryCredentials("http://gpu.example.org/v1/chat/completions"));
        assertFalse(EndpointConfigValidator.mayCarryCredentials("ftp://127.0.0.1/v1"));
    }

    @Test
    void plainHttpToOtherHost_remoteOnly() {
        assertTrue(remote().allowInsecureHttp(true).build().plainHttpToOtherHost());
        assertFalse(EndpointConfig.openAiCompatible("http://127.0.0.1:8000/v1").plainHttpToOtherHost());
        assertFalse(EndpointConfig.openAiCompatible("https://10.0.0.5/v1").plainHttpToOtherHost());
    }
}
