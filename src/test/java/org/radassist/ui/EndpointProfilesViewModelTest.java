package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Profile management in the settings dialog's view-model, with an in-memory profile store. */
class EndpointProfilesViewModelTest {

    private static final EndpointForm LOCAL = new EndpointForm(EndpointForm.OPENAI_COMPATIBLE, "", "", "", "", "",
            "http://127.0.0.1:8000/v1", "google/medgemma-4b-it", EndpointForm.AUTH_NONE, "", false);

    /** Keeps profiles by name in insertion order; the demo profile cannot be renamed or deleted. */
    private static class ProfileService extends StubWorkbenchService {
        final Map<String, EndpointForm> profiles = new LinkedHashMap<>();
        String active = "demo";
        final List<String> selections = new ArrayList<>();

        ProfileService() {
            profiles.put("demo", EndpointForm.demo());
            profiles.put("local", LOCAL);
        }

        @Override
        public List<String> profileNames() {
            return List.copyOf(profiles.keySet());
        }

        @Override
        public String activeProfile() {
            return active;
        }

        @Override
        public EndpointForm loadEndpoint() {
            return profiles.get(active);
        }

        @Override
        public void selectProfile(String name) {
            selections.add(name);
            active = name;
        }

        @Override
        public void addProfile(String name) throws WorkbenchException {
            if (profiles.containsKey(name)) {
                throw new WorkbenchException(WorkbenchException.Reason.INVALID_SETTINGS,
                        "Profile '" + name + "' already exists.");
            }
            profiles.put(name, LOCAL);
            active = name;
        }

        @Override
        public void renameProfile(String oldName, String newName) {
            profiles.put(newName, profiles.remove(oldName));
            active = newName;
        }

        @Override
        public void deleteProfile(String name) throws WorkbenchException {
            if (name.equals("demo")) {
                throw new WorkbenchException(WorkbenchException.Reason.INVALID_SETTINGS,
                        "The demo profile cannot be renamed or deleted.");
            }
            profiles.remove(name);
            active = "demo";
        }
    }

    private final ProfileService service = new ProfileService();
    private final EndpointSettingsViewModel viewModel = new EndpointSettingsViewModel(service, TaskExecutor.direct());

    @Test
    void load_listsProfilesWithoutSelecting() {
        viewModel.load();

        assertEquals(List.of("demo", "local"), viewModel.profiles());
        assertEquals("demo", viewModel.activeProfileProperty().get());
        assertTrue(viewModel.demoProfileActive().get());
        assertEquals(List.of(), service.selections, "loading must not change the active profile");
    }

    @Test
    void chooseProfile_selectsAndFillsFields() {
        viewModel.load();

        viewModel.activeProfileProperty().set("local");

        assertEquals(List.of("local"), service.selections);
        assertEquals(EndpointForm.OPENAI_COMPATIBLE, viewModel.kindProperty().get());
        assertEquals("http://127.0.0.1:8000/v1", viewModel.baseUrlProperty().get());
        assertFalse(viewModel.demoProfileActive().get());
    }

    @Test
    void addRenameDelete_updateList() {
        viewModel.load();

        viewModel.addProfile("gpu");
        assertEquals(List.of("demo", "local", "gpu"), viewModel.profiles());
        assertEquals("gpu", viewModel.activeProfileProperty().get());

        viewModel.renameActiveProfile("gpu-box");
        assertEquals(List.of("demo", "local", "gpu-box"), viewModel.profiles());
        assertEquals("gpu-box", viewModel.activeProfileProperty().get());

        viewModel.deleteActiveProfile();
        assertEquals(List.of("demo", "local"), viewModel.profiles());
        assertEquals("demo", viewModel.activeProfileProperty().get());
        assertEquals(EndpointForm.DEMO, viewModel.kindProperty().get());
    }

    @Test
    void addDuplicate_showsMessageAndKeepsList() {
        viewModel.load();

        viewModel.addProfile("local");

        assertEquals("Profile 'local' already exists.", viewModel.validationMessageProperty().get());
        assertEquals(List.of("demo", "local"), viewModel.profiles());
        assertFalse(viewModel.busyProperty().get());
    }

    @Test
    void saveInvalidLimit_rejectedBeforeService() {
        viewModel.load();
        viewModel.activeProfileProperty().set("local");
        viewModel.maxPayloadBytesProperty().set("1.5MB");

        viewModel.save(() -> { });

        assertEquals("Max payload bytes '1.5MB' is invalid: enter a whole number from 0 to 9223372036854775807, or"
                + " leave it empty for the default.", viewModel.validationMessageProperty().get());
        assertNull(service.savedEndpoint);
    }

    @Test
    void saveLimitsAndApi_reachForm() {
        viewModel.load();
        viewModel.activeProfileProperty().set("local");
        viewModel.apiProperty().set("vertex-predict");
        viewModel.maxTokensProperty().set(" 800 ");
        viewModel.maxContextProperty().set("8192");
        viewModel.maxPayloadBytesProperty().set("1500000");
        viewModel.maxImagesProperty().set("");

        viewModel.save(() -> { });

        EndpointForm saved = service.savedEndpoint;
        assertEquals("vertex-predict", saved.api());
        assertEquals(800, saved.maxTokens());
        assertEquals(8192, saved.maxContext());
        assertEquals(1_500_000L, saved.maxPayloadBytes());
        assertEquals(0, saved.maxImages());
    }
}
