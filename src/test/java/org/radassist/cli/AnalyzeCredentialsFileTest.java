package org.radassist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.radassist.testsupport.Corpus;
import org.radassist.testsupport.ServiceAccountKeyFiles;

/** {@code analyze --credentials-file}: a service-account key file whose token endpoint is on 127.0.0.1. */
class AnalyzeCredentialsFileTest extends TokenServerCliTest {

    private Path keyFile() throws Exception {
        return ServiceAccountKeyFiles.write(home.resolve("sa.json"), "http://127.0.0.1:" + tokenServer.getPort()
                + "/token");
    }

    @Test
    void endpointWithKeyFile_sendsServiceAccountToken() throws Exception {
        tokenServer.enqueue(ServiceAccountKeyFiles.tokenResponse("ya29.key-file-token"));
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(Files.readString(Corpus.cases("llm/L17_response_finish_stop.json"))).build());

        CliRunner.Result result = cli.run("analyze", Corpus.SAMPLE_CHEST_XRAY.toString(), "--endpoint",
                "http://127.0.0.1:" + server.getPort() + "/v1", "--credentials-file", keyFile().toString());

        assertEquals(ExitCodes.OK, result.status(), result.err());
        assertEquals("Bearer ya29.key-file-token",
                server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Authorization"));
        assertEquals(1, tokenServer.getRequestCount());
    }

    @Test
    void missingKeyFile_usageErrorNamingFile() {
        Path missing = home.resolve("absent.json");

        CliRunner.Result result = cli.run("analyze", Corpus.SAMPLE_CHEST_XRAY.toString(), "--endpoint",
                "http://127.0.0.1:" + server.getPort() + "/v1", "--credentials-file", missing.toString());

        assertEquals(ExitCodes.USAGE, result.status(), result.err());
        assertTrue(result.err().contains("Invalid --credentials-file: Service-account file " + missing
                + " not found: choose an existing JSON key file."), result.err());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void userCredentialsFile_usageErrorNamingType() throws Exception {
        Path userFile = Files.writeString(home.resolve("adc.json"),
                "{\"type\":\"authorized_user\",\"client_id\":\"x\",\"refresh_token\":\"y\"}");

        CliRunner.Result result = cli.run("analyze", Corpus.SAMPLE_CHEST_XRAY.toString(), "--endpoint",
                "http://127.0.0.1:" + server.getPort() + "/v1", "--credentials-file", userFile.toString());

        assertEquals(ExitCodes.USAGE, result.status(), result.err());
        assertTrue(result.err().contains("Service-account file " + userFile + " has type 'authorized_user', not"
                + " 'service_account'"), result.err());
    }

    @Test
    void keyFileWithApiKeyAuth_usageError() throws Exception {
        CliRunner.Result result = cli.run("analyze", Corpus.SAMPLE_CHEST_XRAY.toString(), "--endpoint",
                "http://127.0.0.1:" + server.getPort() + "/v1", "--auth", "api-key", "--credentials-file",
                keyFile().toString());

        assertEquals(ExitCodes.USAGE, result.status(), result.err());
        assertTrue(result.err().contains("--credentials-file needs --auth adc, not --auth api-key."), result.err());
    }
}
