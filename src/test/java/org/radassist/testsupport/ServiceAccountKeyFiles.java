package org.radassist.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.util.Base64;
import mockwebserver3.MockResponse;

/** Writes Google service-account key files whose token endpoint is a local test server. */
public final class ServiceAccountKeyFiles {

    private static byte[] privateKeyPkcs8;

    private ServiceAccountKeyFiles() {
    }

    /** Writes a service-account JSON key with a fresh RSA key and the given {@code token_uri}. */
    public static Path write(Path file, String tokenUri) throws Exception {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(privateKey())
                + "\n-----END PRIVATE KEY-----\n";
        ObjectNode key = new ObjectMapper().createObjectNode();
        key.put("type", "service_account");
        key.put("project_id", "radassist-test");
        key.put("private_key_id", "test-key-1");
        key.put("private_key", pem);
        key.put("client_email", "radassist-test@radassist-test.iam.gserviceaccount.com");
        key.put("client_id", "100000000000000000001");
        key.put("token_uri", tokenUri);
        Files.writeString(file, key.toString());
        return file;
    }

    /** Returns a PKCS#8 RSA private key, generated once per test JVM because generation is slow. */
    /** Returns the token server's HTTP 200 response that grants {@code accessToken} for an hour. */
    public static MockResponse tokenResponse(String accessToken) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"access_token\":\"" + accessToken + "\",\"expires_in\":3600,\"token_type\":\"Bearer\"}")
                .build();
    }

    private static synchronized byte[] privateKey() throws GeneralSecurityException {
        if (privateKeyPkcs8 == null) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            privateKeyPkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
        }
        return privateKeyPkcs8;
    }
}
