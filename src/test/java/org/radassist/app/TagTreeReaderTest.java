package org.radassist.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radassist.ui.TagNode;
import org.radassist.ui.WorkbenchException;

/** The tag browser's tree read from corpus files; expected values are those dcmdump prints. */
class TagTreeReaderTest {

    private static final Path SR = Path.of("src/test/resources/testdata/real/dicom/sr_no_pixels.dcm");
    private static final Path CT = Path.of("src/test/resources/testdata/real/dicom/ct1_ivrle_ri1024_nowin.dcm");

    private static TagNode find(List<TagNode> nodes, String tag) {
        return nodes.stream().filter(node -> node.tag().equals(tag)).findFirst()
                .orElseThrow(() -> new AssertionError(tag + " not found"));
    }

    @Test
    void read_startsWithFileMeta() throws Exception {
        List<TagNode> nodes = TagTreeReader.read(SR);

        TagNode first = nodes.get(0);
        assertEquals("(0002,0000)", first.tag());
        assertEquals("UL", first.vr());
        assertEquals("FileMetaInformationGroupLength", first.keyword());
        assertEquals("200", first.value());
        assertEquals("00\\01", find(nodes, "(0002,0001)").value());
    }

    @Test
    void read_nestsSequencesThreeLevelsDeep() throws Exception {
        TagNode predecessors = find(TagTreeReader.read(SR), "(0040,A360)");
        assertEquals(TagNode.Kind.SEQUENCE, predecessors.kind());
        assertEquals("PredecessorDocumentsSequence", predecessors.keyword());
        assertEquals("Predecessor Documents Sequence", predecessors.name());
        assertEquals(1, predecessors.children().size());

        TagNode item = predecessors.children().get(0);
        assertEquals(TagNode.Kind.ITEM, item.kind());
        TagNode series = find(item.children(), "(0008,1115)");
        TagNode sops = find(series.children().get(0).children(), "(0008,1199)");
        TagNode instance = find(sops.children().get(0).children(), "(0008,1155)");
        assertEquals("ReferencedSOPInstanceUID", instance.keyword());
        assertEquals("1.2.276.0.7230010.3.1.4.2139363186.7819.982086466.1", instance.value());
        assertEquals(52, instance.length());
    }

    @Test
    void read_decodesWithSpecificCharacterSet() throws Exception {
        TagNode observers = find(TagTreeReader.read(SR), "(0040,A073)");

        TagNode name = find(observers.children().get(0).children(), "(0040,A075)");
        assertEquals("Riesmeier^Jörg", name.value());
        assertTrue(name.identifying());
    }

    @Test
    void read_marksIdentifiers() throws Exception {
        List<TagNode> nodes = TagTreeReader.read(SR);

        assertTrue(find(nodes, "(0010,0010)").identifying());
        assertTrue(find(nodes, "(0010,0040)").identifying());
        assertTrue(find(nodes, "(0008,0050)").identifying());
        assertTrue(find(nodes, "(0020,0010)").identifying());
        assertFalse(find(nodes, "(0008,0060)").identifying());
        assertFalse(find(nodes, "(0020,000D)").identifying());
    }

    @Test
    void read_summarisesNativePixelData() throws Exception {
        TagNode pixels = find(TagTreeReader.read(CT), "(7FE0,0010)");

        assertEquals(TagNode.Kind.PIXEL_DATA, pixels.kind());
        assertEquals("", pixels.value());
        assertEquals(512 * 512 * 2, pixels.length());
    }

    @Test
    void read_listsFragmentsOfEncapsulatedPixelData() throws Exception {
        TagNode pixels = find(TagTreeReader.read(Path.of("src/test/resources/testdata/real/dicom/ct1_rle.dcm")),
                "(7FE0,0010)");

        assertEquals(TagNode.Kind.ENCAPSULATED_PIXEL_DATA, pixels.kind());
        assertEquals(2, pixels.children().size());
        assertEquals(4, pixels.children().get(0).length());
        assertEquals(248330, pixels.children().get(1).length());
        assertEquals(248334, pixels.length());
    }

    @Test
    void read_rejectsPng() {
        WorkbenchException error = assertThrows(WorkbenchException.class,
                () -> TagTreeReader.read(Path.of("src/test/resources/testdata/real/png/cxr_nih_00000001_000_8bit.png")));
        assertEquals(WorkbenchException.Reason.UNSUPPORTED_FILE, error.reason());
    }
}
