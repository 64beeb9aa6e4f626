package org.radassist.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.radassist.imaging.ImageLoadException;
import org.radassist.review.ImageKey;
import org.radassist.study.Instance;
import org.radassist.study.ScanProblem;
import org.radassist.study.Series;
import org.radassist.study.StudyScanner;
import org.radassist.study.StudySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expands the paths of a batch (files, folders scanned recursively, DICOMDIRs) into one item per
 * image file, with {@link StudyScanner}. Every file of a CT series is its own item, and a
 * multi-frame file is one item (its first frame). Files that cannot be analysed stay in the list
 * as items with their reason, so the batch reports them as error lines.
 */
public final class BatchInputs {

    private static final Logger log = LoggerFactory.getLogger(BatchInputs.class);

    /**
     * One file of a batch.
     *
     * @param file the file, as found under the path the user gave
     * @param imageSha256 hex SHA-256 of the file's bytes, or null when it cannot be read
     * @param errorClass why the file cannot be analysed, or null for an image
     * @param message one line naming the file and the reason, or null for an image
     */
    public record Item(Path file, String imageSha256, String errorClass, String message) {

        public boolean analysable() {
            return errorClass == null;
        }
    }

    private BatchInputs() {
    }

    /**
     * Scans every path and hashes every file found. A file reached twice (a folder and a DICOMDIR
     * over the same files) is listed once, at its first place.
     */
    public static List<Item> expand(List<Path> paths) {
        Map<Path, Item> items = new LinkedHashMap<>();
        for (Path path : paths) {
            for (Item item : expand(path)) {
                items.putIfAbsent(item.file().toAbsolutePath().normalize(), item);
            }
        }
        return new ArrayList<>(items.values());
    }

    private static List<Item> expand(Path path) {
        List<Item> found = new ArrayList<>();
        StudySet set;
        try {
            set = StudyScanner.scan(path);
        } catch (NoSuchFileException e) {
            found.add(new Item(path, null, ImageLoadException.Reason.FILE_NOT_FOUND.name(),
                    path + ": file not found. Check the path."));
            return found;
        } catch (IOException e) {
            found.add(new Item(path, null, ScanProblem.Reason.READ_FAILED.name(), path + ": " + e.getMessage()));
            return found;
        }
        for (Series series : set.series()) {
            for (Instance instance : series.instances()) {
                if (instance.isImage()) {
                    found.add(hashed(instance.path(), null, null));
                } else {
                    found.add(hashed(instance.path(), ImageLoadException.Reason.NOT_IMAGE.name(),
                            instance.fileName() + ": not an image (" + instance.nonImageReason() + "), nothing to analyse"));
                }
            }
        }
        for (ScanProblem problem : set.problems()) {
            found.add(hashed(problem.file(), problem.reason().name(), problem.message()));
        }
        found.sort(Comparator.comparing(item -> item.file().toString()));
        log.info("Batch input {}: {} files, {} not analysable", path.getFileName(), found.size(),
                found.stream().filter(item -> !item.analysable()).count());
        return found;
    }

    private static Item hashed(Path file, String errorClass, String message) {
        try {
            return new Item(file, sha256(file), errorClass, message);
        } catch (NoSuchFileException e) {
            return new Item(file, null, ImageLoadException.Reason.FILE_NOT_FOUND.name(),
                    file + ": file not found" + (message == null ? "" : " (" + message + ")"));
        } catch (IOException e) {
            return new Item(file, null, ScanProblem.Reason.READ_FAILED.name(),
                    file.getFileName() + ": read failed: " + e.getMessage());
        }
    }

    /** Returns the hex SHA-256 of the file's bytes. */
    public static String sha256(Path file) throws IOException {
        return ImageKey.sha256(file);
    }
}
