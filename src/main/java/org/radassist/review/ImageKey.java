package org.radassist.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The key of a review session: the SHA-256 of the source file's bytes, a hyphen and the 0-based
 * frame index, for example {@code 3f2a…9c-0}.
 *
 * <p>Hashing the file rather than the decoded pixels keeps the key independent of decoder changes
 * and cheap to compute before decoding. The consequence is that a copy re-encoded with another
 * transfer syntax, or with edited header attributes, gets a new key and so a new session.
 */
public record ImageKey(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{64}-[0-9]+");
    private static final int DIGEST_CACHE_SIZE = 16;
    /** SHA-256 of recently hashed files, least recently used first. */
    private static final Map<DigestCacheKey, String> DIGESTS = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<DigestCacheKey, String> eldest) {
            return size() > DIGEST_CACHE_SIZE;
        }
    };

    private record DigestCacheKey(Path file, long size, FileTime lastModified) {
    }

    public ImageKey {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid image key " + value
                    + ": expected 64 lower-case hex digits of SHA-256, a hyphen and a frame index");
        }
    }

    /** Returns whether {@code text} has the form of an image key. */
    public static boolean isKey(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    /** Hashes the file's bytes and appends the frame index. */
    public static ImageKey of(Path file, int frameIndex) throws IOException {
        requireFrameIndex(frameIndex);
        return new ImageKey(sha256(file) + "-" + frameIndex);
    }

    /**
     * Returns the key like {@link #of}, but reuses the digest of one of the last files hashed while
     * its size and modification time stay the same, so stepping through the frames of a large
     * multi-frame file reads it once. A rewrite with the same size within the file system's
     * timestamp resolution goes unnoticed, so checks of file integrity use {@link #of}.
     */
    public static ImageKey cachedOf(Path file, int frameIndex) throws IOException {
        requireFrameIndex(frameIndex);
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        DigestCacheKey cacheKey = new DigestCacheKey(file.toAbsolutePath().normalize(), attributes.size(),
                attributes.lastModifiedTime());
        String digest;
        synchronized (DIGESTS) {
            digest = DIGESTS.get(cacheKey);
        }
        if (digest == null) {
            digest = sha256(file);
            synchronized (DIGESTS) {
                DIGESTS.put(cacheKey, digest);
            }
        }
        return new ImageKey(digest + "-" + frameIndex);
    }

    private static void requireFrameIndex(int frameIndex) {
        if (frameIndex < 0) {
            throw new IllegalArgumentException("Frame index must not be negative: " + frameIndex);
        }
    }

    /** Returns the lower-case hex SHA-256 of the file's bytes, the part of a key before the frame index. */
    public static String sha256(Path file) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
        try (InputStream input = new DigestInputStream(Files.newInputStream(file), sha256)) {
            input.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    @Override
    public String toString() {
        return value;
    }
}
