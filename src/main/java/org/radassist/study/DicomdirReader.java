package org.radassist.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.radassist.dicom.Attributes;
import org.radassist.dicom.DataElement;
import org.radassist.dicom.DicomException;
import org.radassist.dicom.DicomFile;
import org.radassist.dicom.Tag;

/**
 * Reads the files a DICOMDIR references (PS3.3 Annex F, PS3.10 section 8).
 *
 * <p>The records of the Directory Record Sequence (0004,1220) form a tree: each level is a chain
 * linked by Offset of the Next Directory Record (0004,1400), and a record points to its first
 * child with Offset of Referenced Lower-Level Directory Entity (0004,1420). Offsets count bytes
 * from the start of the file, preamble included, to the record's item tag.
 *
 * <p>The reader walks the tree from Offset of the First Directory Record of the Root Directory
 * Entity (0004,1200). It skips records whose Record In-use Flag (0004,1410) is 0000H, together
 * with their children. It collects the Referenced File ID (0004,1500) of every record that has
 * one: IMAGE, SR DOCUMENT, RT STRUCTURE SET, PRESENTATION and other leaf records. When the root
 * offset is missing or matches no record, it takes every in-use record in sequence order instead.
 */
final class DicomdirReader {

    private DicomdirReader() {
    }

    /** The referenced files of a DICOMDIR and the references that could not be turned into paths. */
    record Directory(List<Path> files, List<ScanProblem> problems) {
    }

    /**
     * Reads the DICOMDIR and returns the referenced files, resolved against its folder and in
     * record order, without checking that they exist.
     *
     * @throws DicomException when the DICOMDIR itself cannot be read
     */
    static Directory read(Path dicomdir) throws DicomException {
        DicomFile file = DicomFile.read(dicomdir);
        Attributes dataSet = file.dataSet();
        List<Attributes> records = dataSet.getSequence(Tag.DirectoryRecordSequence);
        Map<Long, Attributes> byOffset = new HashMap<>();
        for (Attributes record : records) {
            long offset = itemOffset(record);
            if (offset >= 0) {
                byOffset.put(offset, record);
            }
        }

        List<Attributes> ordered = new ArrayList<>();
        long root = (long) dataSet.getDouble(Tag.OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity, -1);
        if (byOffset.containsKey(root)) {
            walk(root, byOffset, ordered, new HashSet<>());
        } else {
            for (Attributes record : records) {
                if (inUse(record)) {
                    ordered.add(record);
                }
            }
        }

        Path folder = dicomdir.toAbsolutePath().getParent();
        List<Path> files = new ArrayList<>();
        List<ScanProblem> problems = new ArrayList<>();
        for (Attributes record : ordered) {
            String[] components = record.getStrings(Tag.ReferencedFileID);
            if (components.length == 0) {
                continue;
            }
            Path resolved = resolve(folder, components);
            if (resolved == null) {
                String id = String.join("\\", components);
                problems.add(new ScanProblem(dicomdir, ScanProblem.Reason.INVALID_DICOMDIR,
                        dicomdir.getFileName() + ": Referenced File ID '" + id
                                + "' is invalid: components must be non-empty names inside the DICOMDIR's folder"));
            } else {
                files.add(resolved);
            }
        }
        return new Directory(files, problems);
    }

    /** Appends the in-use records of the chain starting at {@code offset}, depth first. */
    private static void walk(long offset, Map<Long, Attributes> byOffset, List<Attributes> out, Set<Long> visited) {
        long next = offset;
        while (next > 0 && visited.add(next)) {
            Attributes record = byOffset.get(next);
            if (record == null) {
                return;
            }
            if (inUse(record)) {
                out.add(record);
                long lower = (long) record.getDouble(Tag.OffsetOfReferencedLowerLevelDirectoryEntity, 0);
                if (lower > 0) {
                    walk(lower, byOffset, out, visited);
                }
            }
            next = (long) record.getDouble(Tag.OffsetOfTheNextDirectoryRecord, 0);
        }
    }

    private static boolean inUse(Attributes record) {
        return record.getInt(Tag.RecordInUseFlag, 0xFFFF) != 0;
    }

    /**
     * Returns the byte offset of the record's item tag: its first element's header offset minus
     * the 8 bytes of the item header. Returns -1 for an empty record.
     */
    private static long itemOffset(Attributes record) {
        long first = Long.MAX_VALUE;
        for (DataElement element : record.elements()) {
            first = Math.min(first, element.fileOffset());
        }
        return first == Long.MAX_VALUE ? -1 : first - 8;
    }

    /** Resolves the path components, or returns {@code null} for empty or escaping components. */
    private static Path resolve(Path folder, String[] components) {
        Path path = folder;
        for (String component : components) {
            if (component.isEmpty() || component.equals(".") || component.equals("..")
                    || component.contains("/") || component.contains("\\")) {
                return null;
            }
            path = path.resolve(component);
        }
        return path;
    }
}
