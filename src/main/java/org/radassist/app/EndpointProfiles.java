package org.radassist.app;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.radassist.ui.EndpointForm;
import org.radassist.ui.EndpointSummary;
import org.radassist.ui.WorkbenchException;
import org.radassist.ui.WorkbenchException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Endpoint profiles of the settings file: the active profile's form and summary, and loading,
 * saving, adding, renaming, deleting and activating profiles. Each change is saved at once.
 */
final class EndpointProfiles {

    private static final Logger log = LoggerFactory.getLogger(EndpointProfiles.class);

    private final SettingsStore store;
    private volatile Settings settings;

    /** Loads the settings from {@code store}. */
    EndpointProfiles(SettingsStore store) {
        this.store = store;
        this.settings = store.load();
    }

    /** Returns the settings as last loaded or saved. */
    Settings settings() {
        return settings;
    }

    /** Returns the message about a damaged settings file found at start-up, or null. */
    String settingsWarning() {
        return store.loadWarning();
    }

    EndpointForm loadEndpoint() {
        return EndpointForms.toForm(settings.active());
    }

    /**
     * Stores the form as the active profile. The demo profile cannot change, so a real endpoint
     * entered while it is active becomes a new profile named "default" (or "default-2", ...).
     */
    void saveEndpoint(EndpointForm form) throws WorkbenchException {
        EndpointSettings active = settings.active();
        if (EndpointForm.DEMO.equals(form.kind())) {
            save(settings.withActiveProfile(EndpointSettings.DEMO_NAME));
            return;
        }
        EndpointSettings base = active.isDemo() ? EndpointSettings.demo().withName(freeName(EndpointSettings.MIGRATED_NAME))
                : active;
        EndpointSettings endpoint = EndpointForms.toSettings(form, base);
        checkValid(endpoint);
        checkKeyFile(form);
        save(settings.withProfile(endpoint).withActiveProfile(endpoint.name()));
    }

    List<String> profileNames() {
        return settings.profiles().stream().map(EndpointSettings::name).toList();
    }

    String activeProfile() {
        return settings.active().name();
    }

    void selectProfile(String name) throws WorkbenchException {
        if (settings.profile(name).isEmpty()) {
            throw new WorkbenchException(Reason.INVALID_SETTINGS, "Profile '" + name + "' does not exist.");
        }
        save(settings.withActiveProfile(settings.profile(name).get().name()));
    }

    void addProfile(String name) throws WorkbenchException {
        String checked = ProfileNames.check(name, settings);
        EndpointSettings profile = EndpointSettings.openAiCompatible(checked, "http://127.0.0.1:8000/v1", null,
                "NONE", "", false);
        save(settings.withProfile(profile).withActiveProfile(checked));
    }

    void renameProfile(String oldName, String newName) throws WorkbenchException {
        EndpointSettings profile = existingNonDemo(oldName);
        String checked = ProfileNames.check(newName, settings.withoutProfile(oldName));
        boolean wasActive = settings.active().name().equals(profile.name());
        Settings updated = settings.withoutProfile(profile.name()).withProfile(profile.withName(checked));
        save(wasActive ? updated.withActiveProfile(checked) : updated);
    }

    void deleteProfile(String name) throws WorkbenchException {
        EndpointSettings profile = existingNonDemo(name);
        save(settings.withoutProfile(profile.name()));
    }

    private EndpointSettings existingNonDemo(String name) throws WorkbenchException {
        EndpointSettings profile = settings.profile(name).orElseThrow(() ->
                new WorkbenchException(Reason.INVALID_SETTINGS, "Profile '" + name + "' does not exist."));
        if (profile.isDemo() && EndpointSettings.DEMO_NAME.equals(profile.name())) {
            throw new WorkbenchException(Reason.INVALID_SETTINGS, "The demo profile cannot be renamed or deleted.");
        }
        return profile;
    }

    private String freeName(String base) {
        String name = base;
        for (int i = 2; settings.profile(name).isPresent(); i++) {
            name = base + "-" + i;
        }
        return name;
    }

    private static void checkKeyFile(EndpointForm form) throws WorkbenchException {
        if (!EndpointForm.AUTH_SERVICE_ACCOUNT_FILE.equals(form.auth())) {
            return;
        }
        String path = form.credentialsFile() == null ? "" : form.credentialsFile().trim();
        if (path.isEmpty()) {
            throw new WorkbenchException(Reason.INVALID_SETTINGS, "Service-account key file is missing: choose the"
                    + " JSON key file with Browse, or choose another authentication.");
        }
        Optional<String> problem;
        try {
            problem = ServiceAccountFiles.problem(Path.of(path));
        } catch (InvalidPathException e) {
            problem = Optional.of("Service-account file '" + path + "' is not a valid path: " + e.getReason() + ".");
        }
        if (problem.isPresent()) {
            throw new WorkbenchException(Reason.INVALID_SETTINGS, problem.get());
        }
    }

    private static void checkValid(EndpointSettings endpoint) throws WorkbenchException {
        try {
            List<String> problems = EndpointResolver.toConfig(endpoint).validate();
            if (!problems.isEmpty()) {
                throw new WorkbenchException(Reason.INVALID_SETTINGS, String.join(" ", problems));
            }
        } catch (InvalidEndpointException e) {
            throw new WorkbenchException(Reason.INVALID_SETTINGS, e.getMessage(), e);
        }
    }

    private void save(Settings updated) throws WorkbenchException {
        try {
            store.save(updated);
        } catch (IOException e) {
            throw new WorkbenchException(Reason.UNREADABLE_FILE,
                    "The settings could not be saved to " + store.file() + ": " + e.getMessage(), e);
        }
        settings = updated;
    }

    EndpointSummary endpointSummary() {
        EndpointSettings endpoint = settings.active();
        if (endpoint.isDemo()) {
            return new EndpointSummary(endpoint.name(), EndpointSummary.Kind.DEMO, "", "");
        }
        try {
            var config = EndpointResolver.toConfig(endpoint);
            return new EndpointSummary(endpoint.name(), EndpointSummary.Kind.REMOTE, config.host(), config.model());
        } catch (InvalidEndpointException | RuntimeException e) {
            log.debug("Profile {} has invalid settings: {}", endpoint.name(), e.getMessage());
            return new EndpointSummary(endpoint.name(), EndpointSummary.Kind.INVALID, "", "");
        }
    }

    String insecureHttpWarning() {
        try {
            var config = EndpointResolver.toConfig(settings.active());
            if (config.plainHttpToOtherHost()) {
                return "Profile " + settings.active().name() + " uses plain http to " + config.host()
                        + ": the image and the clinical history travel unencrypted.";
            }
        } catch (InvalidEndpointException | RuntimeException e) {
            return "";
        }
        return "";
    }
}
