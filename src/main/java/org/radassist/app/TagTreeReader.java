package org.radassist.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.radassist.dicom.Attributes;
import org.radassist.dicom.DataElement;
import org.radassist.dicom.DicomException;
import org.radassist.dicom.DicomFile;
import org.radassist.dicom.DictionaryEntry;
import org.radassist.dicom.ElementDictionary;
import org.radassist.dicom.Tag;
import org.radassist.dicom.VR;
import org.radassist.ui.TagNode;
import org.radassist.ui.WorkbenchException;
import org.radassist.ui.WorkbenchException.Reason;

/** Reads the file meta information and the data set of a DICOM file as the tag browser's tree. */
final class TagTreeReader {

    /** Maximum characters of a text value passed to the UI; the node's length still gives the full size. */
    static final int MAX_VALUE_CHARS = 4096;
    /** Bytes of a binary value shown as hexadecimal, as dcmdump shows the start of long values. */
    static final int MAX_HEX_BYTES = 32;

    private TagTreeReader() {
    }

    /**
     * Returns the file meta elements followed by the data set's elements, in tag order.
     *
     * @throws WorkbenchException with reason UNSUPPORTED_FILE when the file is not DICOM, or
     *     UNREADABLE_FILE when it cannot be read
     */
    static List<TagNode> read(Path file) throws WorkbenchException {
        DicomFile dicom;
        try {
            dicom = DicomFile.read(file);
        } catch (DicomException e) {
            Reason reason = e.reason() == DicomException.Reason.NOT_DICOM ? Reason.UNSUPPORTED_FILE : Reason.UNREADABLE_FILE;
            throw new WorkbenchException(reason, e.getMessage(), e);
        }
        List<TagNode> nodes = new ArrayList<>(nodesOf(dicom.fileMeta(), false));
        nodes.addAll(nodesOf(dicom.dataSet(), false));
        return nodes;
    }

    private static List<TagNode> nodesOf(Attributes attributes, boolean insideIdentifying) {
        List<TagNode> nodes = new ArrayList<>(attributes.size());
        for (DataElement element : attributes.elements()) {
            nodes.add(nodeOf(attributes, element, insideIdentifying));
        }
        return nodes;
    }

    private static TagNode nodeOf(Attributes attributes, DataElement element, boolean insideIdentifying) {
        int tag = element.tag();
        boolean identifying = insideIdentifying || IdentifyingAttributes.contains(tag);
        String keyword = ElementDictionary.keywordOf(tag);
        DictionaryEntry entry = ElementDictionary.entryOf(tag);
        String name = entry != null ? entry.name() : ElementDictionary.nameOf(tag);
        String vr = element.vr().name();
        if (element.isSequence()) {
            List<TagNode> items = new ArrayList<>();
            for (Attributes item : element.items()) {
                items.add(new TagNode(TagNode.Kind.ITEM, Tag.format(0xFFFEE000), "", "Item", "", "", 0,
                        identifying, nodesOf(item, identifying)));
            }
            return new TagNode(TagNode.Kind.SEQUENCE, Tag.format(tag), vr, keyword, name, "", 0, identifying, items);
        }
        if (element.isEncapsulated()) {
            List<TagNode> fragments = new ArrayList<>();
            long total = 0;
            for (DataElement.Fragment fragment : element.fragments()) {
                fragments.add(new TagNode(TagNode.Kind.FRAGMENT, Tag.format(0xFFFEE000), "", "Item", "", "",
                        fragment.length(), false, List.of()));
                total += fragment.length();
            }
            return new TagNode(TagNode.Kind.ENCAPSULATED_PIXEL_DATA, Tag.format(tag), vr, keyword, name, "", total,
                    false, fragments);
        }
        if (tag == Tag.PixelData) {
            return new TagNode(TagNode.Kind.PIXEL_DATA, Tag.format(tag), vr, keyword, name, "", element.length(),
                    false, List.of());
        }
        return new TagNode(TagNode.Kind.ELEMENT, Tag.format(tag), vr, keyword, name,
                valueOf(attributes, element), element.length(), identifying, List.of());
    }

    /** Formats a value as dcmdump does: text as decoded, numbers in decimal, other binary values as hex bytes. */
    static String valueOf(Attributes attributes, DataElement element) {
        VR vr = element.vr();
        switch (vr) {
            case OB, OW, OF, OD, OL, OV, UN -> {
                return hex(element.bytes(), vr == VR.OB || vr == VR.UN ? 1 : 2);
            }
            case AT -> {
                return attributeTags(element.bytes());
            }
            default -> {
                String value = String.join("\\", attributes.getStrings(element.tag()));
                return value.length() > MAX_VALUE_CHARS ? value.substring(0, MAX_VALUE_CHARS) : value;
            }
        }
    }

    /** Formats the first bytes as backslash-separated hex words of {@code wordSize} bytes, little endian. */
    private static String hex(byte[] bytes, int wordSize) {
        HexFormat format = HexFormat.of();
        StringBuilder text = new StringBuilder();
        int hexLength = Math.min(bytes.length, MAX_HEX_BYTES) / wordSize * wordSize;
        for (int at = 0; at < hexLength; at += wordSize) {
            if (at > 0) {
                text.append('\\');
            }
            for (int i = wordSize - 1; i >= 0; i--) {
                text.append(format.toHexDigits(bytes[at + i]));
            }
        }
        return text.toString();
    }

    private static String attributeTags(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (int at = 0; at + 4 <= bytes.length; at += 4) {
            int group = (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
            int element = (bytes[at + 2] & 0xFF) | (bytes[at + 3] & 0xFF) << 8;
            if (at > 0) {
                text.append('\\');
            }
            text.append(Tag.format(group << 16 | element));
        }
        return text.toString();
    }
}
