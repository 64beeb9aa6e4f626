package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EndpointSettingsViewModelTest {

    private final StubWorkbenchService service = new StubWorkbenchService();
    private final EndpointSettingsViewModel viewModel = new EndpointSettingsViewModel(service, TaskExecutor.direct());

    @Test
    void load_fillsFieldsFromService() {
        service.endpoint = new EndpointForm(EndpointForm.VERTEX_DEDICATED, "my-project", "us-central1", "1234567890",
                "987654321", "", "", "", EndpointForm.AUTH_ADC, "", false);

        viewModel.load();

        assertEquals(EndpointForm.VERTEX_DEDICATED, viewModel.kindProperty().get());
        assertEquals("my-project", viewModel.projectProperty().get());
        assertEquals("us-central1", viewModel.regionProperty().get());
        assertEquals("1234567890", viewModel.endpointIdProperty().get());
        assertEquals("987654321", viewModel.projectNumberProperty().get());
        assertEquals(EndpointForm.AUTH_ADC, viewModel.authProperty().get());
        assertFalse(viewModel.busyProperty().get());
    }

    @Test
    void fill_unknownKindAndAuth_fallBackToDemoAndNone() {
        viewModel.fill(new EndpointForm("SOMETHING", null, null, null, null, null, null, null, "TOKEN", null, false));

        assertEquals(EndpointForm.DEMO, viewModel.kindProperty().get());
        assertEquals(EndpointForm.AUTH_NONE, viewModel.authProperty().get());
        assertEquals("", viewModel.projectProperty().get());
    }

    @Test
    void kindDedicated_enablesVertexAndDedicatedFields() {
        viewModel.kindProperty().set(EndpointForm.VERTEX_DEDICATED);

        assertTrue(viewModel.vertexFieldsEnabled().get());
        assertTrue(viewModel.dedicatedFieldsEnabled().get());
        assertFalse(viewModel.openAiFieldsEnabled().get());
        assertTrue(viewModel.authEnabled().get());
    }

    @Test
    void kindStandard_disablesDedicatedFields() {
        viewModel.kindProperty().set(EndpointForm.VERTEX_STANDARD);

        assertTrue(viewModel.vertexFieldsEnabled().get());
        assertFalse(viewModel.dedicatedFieldsEnabled().get());
        assertFalse(viewModel.openAiFieldsEnabled().get());
    }

    @Test
    void kindOpenAi_enablesBaseUrlAndInsecureOption() {
        viewModel.kindProperty().set(EndpointForm.OPENAI_COMPATIBLE);
        viewModel.authProperty().set(EndpointForm.AUTH_API_KEY);

        assertFalse(viewModel.vertexFieldsEnabled().get());
        assertTrue(viewModel.openAiFieldsEnabled().get());
        assertTrue(viewModel.apiKeyEnvEnabled().get());
        assertFalse(viewModel.insecureWarningVisible().get());
        viewModel.allowInsecureHttpProperty().set(true);
        assertTrue(viewModel.insecureWarningVisible().get());
    }

    @Test
    void kindDemo_disablesEveryField() {
        viewModel.kindProperty().set(EndpointForm.DEMO);
        viewModel.authProperty().set(EndpointForm.AUTH_API_KEY);
        viewModel.allowInsecureHttpProperty().set(true);

        assertFalse(viewModel.vertexFieldsEnabled().get());
        assertFalse(viewModel.dedicatedFieldsEnabled().get());
        assertFalse(viewModel.openAiFieldsEnabled().get());
        assertFalse(viewModel.authEnabled().get());
        assertFalse(viewModel.apiKeyEnvEnabled().get());
        assertFalse(viewModel.insecureWarningVisible().get());
    }

    @Test
    void save_valid_storesStrippedFormAndRunsCallback() {
        AtomicInteger saved = new AtomicInteger();
        viewModel.kindProperty().set(EndpointForm.OPENAI_COMPATIBLE);
        viewModel.baseUrlProperty().set("  http://127.0.0.1:8000/v1 ");
        viewModel.modelProperty().set("google/medgemma-4b-it");
        viewModel.authProperty().set(EndpointForm.AUTH_API_KEY);
        viewModel.apiKeyEnvProperty().set("MEDGEMMA_API_KEY");

        viewModel.save(saved::incrementAndGet);

        assertEquals(1, saved.get());
        assertEquals(new EndpointForm(EndpointForm.OPENAI_COMPATIBLE, "", "", "", "", "", "http://127.0.0.1:8000/v1",
                "google/medgemma-4b-it", EndpointForm.AUTH_API_KEY, "MEDGEMMA_API_KEY", false), service.savedEndpoint);
        assertEquals("", viewModel.validationMessageProperty().get());
    }

    @Test
    void save_invalid_showsMessageAndKeepsFields() {
        AtomicInteger saved = new AtomicInteger();
        viewModel.kindProperty().set(EndpointForm.OPENAI_COMPATIBLE);
        viewModel.baseUrlProperty().set("localhost:8000");

        viewModel.save(saved::incrementAndGet);

        assertEquals(0, saved.get());
        assertNull(service.savedEndpoint);
        assertEquals("base URL 'localhost:8000' is invalid: it must start with http:// or https://",
                viewModel.validationMessageProperty().get());
        assertEquals("localhost:8000", viewModel.baseUrlProperty().get());
        assertFalse(viewModel.busyProperty().get());
    }
}
