package org.radassist.app;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything RadAssist keeps between runs in {@code settings.json}.
 *
 * <p>The profile list always contains the demo profile, first, and names are unique without
 * regard to case. A name that appears twice keeps its first profile.
 *
 * @param profiles the named endpoint profiles
 * @param activeProfile the name of the profile analyses go to; an unknown name selects the demo profile
 * @param imageFormat {@code jpeg} (default) or {@code png} for the model input
 * @param maxSide the model input's maximum side in pixels; 0 keeps the original size
 * @param ctWindows {@code NOTEBOOK} (G -135..215 HU, the default) or {@code SERVING_CODE} (G 135..215 HU)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(List<EndpointSettings> profiles, String activeProfile, String imageFormat, int maxSide,
                       String ctWindows) {

    public static final int DEFAULT_MAX_SIDE = 896;

    public Settings {
        profiles = normaliseProfiles(profiles);
        activeProfile = activeProfile == null || activeProfile.isBlank()
                ? EndpointSettings.DEMO_NAME : activeProfile.trim();
        imageFormat = imageFormat == null || imageFormat.isBlank() ? "jpeg" : imageFormat;
        ctWindows = ctWindows == null || ctWindows.isBlank() ? "NOTEBOOK" : ctWindows;
    }

    public static Settings defaults() {
        return new Settings(List.of(), EndpointSettings.DEMO_NAME, "jpeg", DEFAULT_MAX_SIDE, "NOTEBOOK");
    }

    private static List<EndpointSettings> normaliseProfiles(List<EndpointSettings> input) {
        List<EndpointSettings> result = new ArrayList<>();
        result.add(EndpointSettings.demo());
        if (input != null) {
            for (EndpointSettings profile : input) {
                if (profile == null || profile.name() == null || profile.name().isBlank()) {
                    continue;
                }
                String name = profile.name().trim();
                boolean nameInUse = result.stream().anyMatch(p -> p.name().equalsIgnoreCase(name));
                if (!nameInUse) {
                    result.add(profile.withName(name));
                }
            }
        }
        return List.copyOf(result);
    }

    /** Returns the profile with this name, compared without regard to case. */
    public Optional<EndpointSettings> profile(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String requested = name.trim().toLowerCase(Locale.ROOT);
        return profiles.stream().filter(p -> p.name().toLowerCase(Locale.ROOT).equals(requested)).findFirst();
    }

    /** Returns the active profile, or the demo profile when the active name is unknown. */
    public EndpointSettings active() {
        return profile(activeProfile).orElse(EndpointSettings.demo());
    }

    /** Returns whether the active profile is a real endpoint, not the demo. */
    public boolean endpointConfigured() {
        return !active().isDemo();
    }

    /** Returns the settings with {@code profile} added, or replacing the profile of the same name. */
    public Settings withProfile(EndpointSettings profile) {
        List<EndpointSettings> updated = new ArrayList<>();
        boolean replaced = false;
        for (EndpointSettings existing : profiles) {
            if (existing.name().equalsIgnoreCase(profile.name().trim())) {
                updated.add(profile);
                replaced = true;
            } else {
                updated.add(existing);
            }
        }
        if (!replaced) {
            updated.add(profile);
        }
        return new Settings(updated, activeProfile, imageFormat, maxSide, ctWindows);
    }

    /** Returns the settings without the named profile; the demo profile stays, and the active one falls back to it. */
    public Settings withoutProfile(String name) {
        List<EndpointSettings> updated = new ArrayList<>(profiles);
        updated.removeIf(p -> p.name().equalsIgnoreCase(name) && !p.name().equals(EndpointSettings.DEMO_NAME));
        String active = activeProfile.equalsIgnoreCase(name) ? EndpointSettings.DEMO_NAME : activeProfile;
        return new Settings(updated, active, imageFormat, maxSide, ctWindows);
    }

    public Settings withActiveProfile(String name) {
        return new Settings(profiles, name, imageFormat, maxSide, ctWindows);
    }
}
