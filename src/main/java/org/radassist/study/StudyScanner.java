package org.radassist.study;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.radassist.dicom.DicomException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a {@link StudySet} from a folder, a DICOMDIR or a list of files. A file that cannot be
 * read becomes a {@link ScanProblem} and the scan goes on; only a missing or unreadable starting
 * point fails the whole scan.
 */
public final class StudyScanner {

    private static final Logger LOG = LoggerFactory.getLogger(StudyScanner.class);

    private StudyScanner() {
    }

    /**
     * Scans a folder recursively, reads a DICOMDIR (a file named DICOMDIR), or lists a single file.
     *
     * @throws IOException when the path does not exist or the folder or DICOMDIR cannot be read
     */
    public static StudySet scan(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return scanFolder(path);
        }
        if (isDicomdirName(path)) {
            return readDicomdir(path);
        }
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString(), null, "file not found");
        }
        return scanFiles(List.of(path));
    }

    /** Returns whether the file name is DICOMDIR, in any case, as PS3.10 names the file. */
    public static boolean isDicomdirName(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().toUpperCase(Locale.ROOT).equals("DICOMDIR");
    }

    /**
     * Scans every file under the folder, following no symbolic links. DICOMDIR files met on the
     * way are skipped, because the files they reference are scanned directly.
     *
     * @throws IOException when the folder cannot be listed at all
     */
    public static StudySet scanFolder(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        List<ScanProblem> problems = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(folder)) {
                    throw e;
                }
                problems.add(new ScanProblem(file, ScanProblem.Reason.READ_FAILED,
                        file.getFileName() + ": cannot be read: " + e.getMessage()));
                return FileVisitResult.CONTINUE;
            }
        });
        LOG.info("Scanning {} files under {}", files.size(), folder.getFileName());
        return build(files, problems);
    }

    /**
     * Reads the files a DICOMDIR references. References to files that do not exist become
     * problems with reason {@link ScanProblem.Reason#FILE_NOT_FOUND}.
     *
     * @throws DicomException when the DICOMDIR itself is missing, unreadable or malformed
     */
    public static StudySet readDicomdir(Path dicomdir) throws DicomException {
        DicomdirReader.Directory directory = DicomdirReader.read(dicomdir);
        LOG.info("{} references {} files", dicomdir.getFileName(), directory.files().size());
        return build(directory.files(), new ArrayList<>(directory.problems()));
    }

    /** Reads the given files; each becomes an instance or a problem. */
    public static StudySet scanFiles(List<Path> files) {
        return build(files, new ArrayList<>());
    }

    /**
     * Reads the headers in parallel (the common fork-join pool), then groups them; the instances
     * and problems keep the files' name order, as a sequential scan gives them.
     */
    /** Returns the file's {@link Instance}, its {@link ScanProblem}, or null for a file that is skipped silently. */
    private static Object readInstance(Path file) {
        try {
            return InstanceReader.read(file);
        } catch (InstanceReader.UnreadableFileException e) {
            LOG.warn("Skipped {} ({}): {}", file.getFileName(), e.problem().reason(), e.getMessage());
            return e.problem();
        }
    }

    private static StudySet build(List<Path> files, List<ScanProblem> problems) {
        List<Path> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(Path::toString));
        List<Object> results = sorted.parallelStream().map(StudyScanner::readInstance).collect(Collectors.toList());
        List<Instance> instances = new ArrayList<>();
        for (Object result : results) {
            if (result instanceof Instance instance) {
                instances.add(instance);
            } else if (result instanceof ScanProblem problem) {
                problems.add(problem);
            }
        }
        problems.sort(Comparator.comparing(problem -> problem.file().toString()));
        List<Study> studies = StudyGrouping.group(instances);
        LOG.info("Scan found {} studies, {} series, {} instances; {} files skipped", studies.size(),
                studies.stream().mapToInt(study -> study.series().size()).sum(), instances.size(), problems.size());
        return new StudySet(studies, problems, files.size());
    }
}
