package org.radassist.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.testsupport.ServiceAccountKeyFiles;
import org.radassist.ui.EndpointForm;
import org.radassist.ui.WorkbenchException;

/** Service-account key file auth saved from the settings dialog's form, checked before it is stored. */
class ServiceAccountSettingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path settingsFile;
    private DesktopWorkbench workbench;

    @BeforeEach
    void start() throws Exception {
        settingsFile = dir.resolve("settings.json");
        Files.writeString(settingsFile, "{\"activeProfile\":\"vertex\",\"profiles\":[{\"name\":\"vertex\","
                + "\"kind\":\"VERTEX_DEDICATED\",\"project\":\"radassist-test\",\"region\":\"us-central1\","
                + "\"endpointId\":\"42\",\"projectNumber\":\"555\",\"auth\":\"ADC\"}]}");
        workbench = new DesktopWorkbench(new SettingsStore(settingsFile));
    }

    @AfterEach
    void stop() {
        workbench.close();
    }

    private static EndpointForm withKeyFile(EndpointForm form, String path) {
        return new EndpointForm(form.kind(), form.project(), form.region(), form.endpointId(), form.projectNumber(),
                form.dedicatedDns(), form.baseUrl(), form.model(), EndpointForm.AUTH_SERVICE_ACCOUNT_FILE,
                form.apiKeyEnv(), form.allowInsecureHttp(), form.api(), form.maxTokens(), form.maxContext(),
                form.maxPayloadBytes(), form.maxImages(), path);
    }

    @Test
    void saveEndpoint_keyFile_storedAsAdcWithPath() throws Exception {
        Path key = ServiceAccountKeyFiles.write(dir.resolve("sa.json"), "http://127.0.0.1:9/token");

        workbench.saveEndpoint(withKeyFile(workbench.loadEndpoint(), key.toString()));

        JsonNode profile = JSON.readTree(settingsFile.toFile()).path("profiles").path(1);
        assertEquals("vertex", profile.path("name").asText(), profile.toString());
        assertEquals("ADC", profile.path("auth").asText());
        assertEquals(key.toString(), profile.path("credentialsFile").asText());
        EndpointForm loaded = workbench.loadEndpoint();
        assertEquals(EndpointForm.AUTH_SERVICE_ACCOUNT_FILE, loaded.auth());
        assertEquals(key.toString(), loaded.credentialsFile());
    }

    @Test
    void saveEndpoint_backToAdc_dropsKeyFile() throws Exception {
        Path key = ServiceAccountKeyFiles.write(dir.resolve("sa.json"), "http://127.0.0.1:9/token");
        workbench.saveEndpoint(withKeyFile(workbench.loadEndpoint(), key.toString()));
        EndpointForm form = workbench.loadEndpoint();

        workbench.saveEndpoint(new EndpointForm(form.kind(), form.project(), form.region(), form.endpointId(),
                form.projectNumber(), form.dedicatedDns(), form.baseUrl(), form.model(), EndpointForm.AUTH_ADC,
                form.apiKeyEnv(), form.allowInsecureHttp(), form.api(), form.maxTokens(), form.maxContext(),
                form.maxPayloadBytes(), form.maxImages(), key.toString()));

        assertEquals(EndpointForm.AUTH_ADC, workbench.loadEndpoint().auth());
        assertEquals("", workbench.loadEndpoint().credentialsFile());
    }

    @Test
    void saveEndpoint_userCredentials_rejectedNamingFile() throws Exception {
        Path user = Files.writeString(dir.resolve("adc.json"), "{\"type\":\"authorized_user\"}");

        WorkbenchException error = assertThrows(WorkbenchException.class,
                () -> workbench.saveEndpoint(withKeyFile(workbench.loadEndpoint(), user.toString())));

        assertEquals(WorkbenchException.Reason.INVALID_SETTINGS, error.reason());
        assertEquals("Service-account file " + user + " has type 'authorized_user', not 'service_account': choose"
                + " a service-account key, or use Application Default Credentials for gcloud user credentials.",
                error.getMessage());
        assertEquals(EndpointForm.AUTH_ADC, workbench.loadEndpoint().auth(), "nothing was stored");
    }

    @Test
    void saveEndpoint_notJson_rejected() throws Exception {
        Path text = Files.writeString(dir.resolve("key.json"), "-----BEGIN PRIVATE KEY-----");

        WorkbenchException error = assertThrows(WorkbenchException.class,
                () -> workbench.saveEndpoint(withKeyFile(workbench.loadEndpoint(), text.toString())));

        assertEquals("Service-account file " + text + " is not valid JSON: choose the JSON key downloaded from the"
                + " Google Cloud console.", error.getMessage());
    }

    @Test
    void saveEndpoint_emptyPath_rejected() {
        WorkbenchException error = assertThrows(WorkbenchException.class,
                () -> workbench.saveEndpoint(withKeyFile(workbench.loadEndpoint(), " ")));

        assertTrue(error.getMessage().startsWith("Service-account key file is missing"), error.getMessage());
    }
}
