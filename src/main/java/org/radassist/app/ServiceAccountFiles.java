package org.radassist.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks a Google service-account key file before a profile uses it: the file exists, is readable
 * and is a JSON object of {@code "type": "service_account"} with a private key and a client email.
 * The key itself is never logged or put in a message.
 */
public final class ServiceAccountFiles {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Upper bound for a key file. A key file with a 2048-bit RSA key and the console's fields is
     * about 2 kB (1996 bytes measured), so anything far larger is not one.
     */
    private static final long MAX_BYTES = 64 * 1024;

    private ServiceAccountFiles() {
    }

    /** Returns the one-line problem naming the file, or empty when the file is a usable key file. */
    public static Optional<String> problem(Path file) {
        String name = "Service-account file " + file;
        JsonNode root;
        try {
            if (Files.isDirectory(file)) {
                return Optional.of(name + " is a folder: choose the JSON key file inside it.");
            }
            if (Files.size(file) > MAX_BYTES) {
                return Optional.of(name + " is larger than " + MAX_BYTES / 1024 + " KiB, so it is not a"
                        + " service-account key: choose the JSON key downloaded from the Google Cloud console.");
            }
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.of(name + " not found: choose an existing JSON key file.");
        } catch (AccessDeniedException e) {
            return Optional.of(name + " cannot be read: permission denied.");
        } catch (IOException e) {
            return Optional.of(name + " is not valid JSON: choose the JSON key downloaded from the Google Cloud"
                    + " console.");
        }
        if (root == null || !root.isObject()) {
            return Optional.of(name + " is not a JSON object: choose the JSON key downloaded from the Google Cloud"
                    + " console.");
        }
        String type = root.path("type").asText("");
        if (!"service_account".equals(type)) {
            return Optional.of(name + " has type '" + type + "', not 'service_account': choose a service-account"
                    + " key, or use Application Default Credentials for gcloud user credentials.");
        }
        for (String field : new String[] {"private_key", "client_email"}) {
            if (root.path(field).asText("").isBlank()) {
                return Optional.of(name + " has no " + field + ": download a new key from the Google Cloud console.");
            }
        }
        return Optional.empty();
    }
}
