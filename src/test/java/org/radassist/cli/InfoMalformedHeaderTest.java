package org.radassist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.dicom.Tag;
import org.radassist.imaging.DicomTestWriter;

/** info and render on headers with invalid windows, frame counts, photometric interpretation or High Bit. */
class InfoMalformedHeaderTest {

    @TempDir
    Path home;

    private CliRunner.Result run(String... args) {
        return new CliRunner(home).run(args);
    }

    /**
     * Writes a 2 x 2 unsigned 16-bit image with two frames of pixel data. {@code frames},
     * {@code centers} and {@code widths} are written as text when not null.
     */
    private Path write(String name, String photometric, String frames, int highBit, String centers, String widths)
            throws Exception {
        DicomTestWriter writer = new DicomTestWriter()
                .string(Tag.Modality, "CS", "CT")
                .us(Tag.SamplesPerPixel, 1)
                .string(Tag.PhotometricInterpretation, "CS", photometric);
        if (frames != null) {
            writer.string(Tag.NumberOfFrames, "IS", frames);
        }
        writer.us(Tag.Rows, 2)
                .us(Tag.Columns, 2)
                .us(Tag.BitsAllocated, 16)
                .us(Tag.BitsStored, 16)
                .us(Tag.HighBit, highBit)
                .us(Tag.PixelRepresentation, 0);
        if (centers != null) {
            writer.string(Tag.WindowCenter, "DS", centers).string(Tag.WindowWidth, "DS", widths);
        }
        Path file = home.resolve(name);
        writer.ow(Tag.PixelData, 0, 100, 200, 300, 400, 500, 600, 700).write(file);
        return file;
    }

    @Test
    void infoInvalidWindows_skippedWithWarning() throws Exception {
        Path file = write("win.dcm", "MONOCHROME2", null, 15, "40\\NaN\\50\\", "400\\NaN\\0\\80");

        CliRunner.Result result = run("info", file.toString());

        assertEquals(ExitCodes.OK, result.status(), result.err());
        assertTrue(result.out().contains("Windows (center/width): 40/400\n"), result.out());
        assertTrue(result.out().contains("Warning: Window 2 (center NaN, width NaN) is invalid and is not used."),
                result.out());
        assertTrue(result.out().contains("Warning: Window 3 (center 50, width 0) is invalid and is not used."),
                result.out());
        assertFalse(result.out().contains("NaN/NaN"), result.out());
    }

    @Test
    void infoNegativeFrames_showsOneWithWarning() throws Exception {
        Path file = write("neg.dcm", "MONOCHROME2", "-1", 15, null, null);

        CliRunner.Result result = run("info", file.toString());

        assertEquals(ExitCodes.OK, result.status(), result.err());
        assertTrue(result.out().contains("Size: 2 x 2, 1 frame,"), result.out());
        assertTrue(result.out().contains("Warning: Number of Frames is -1, but 1 frame is read from the pixel data."),
                result.out());
    }

    @Test
    void infoFramesBeyondData_showsFramesRead() throws Exception {
        Path file = write("three.dcm", "MONOCHROME2", "3", 15, null, null);

        CliRunner.Result info = run("info", file.toString());
        CliRunner.Result lastFrame = run("render", file.toString(), "--frame", "1", "--out",
                home.resolve("f1.png").toString());
        CliRunner.Result missingFrame = run("render", file.toString(), "--frame", "2", "--out",
                home.resolve("f2.png").toString());

        assertEquals(ExitCodes.OK, info.status(), info.err());
        assertTrue(info.out().contains("Size: 2 x 2, 2 frames,"), info.out());
        assertTrue(info.out().contains("Warning: Number of Frames is 3, but 2 frames are read from the pixel data."),
                info.out());
        assertEquals(ExitCodes.OK, lastFrame.status(), lastFrame.err());
        assertEquals(ExitCodes.INPUT_UNREADABLE, missingFrame.status(), missingFrame.err());
        assertTrue(missingFrame.err().contains("frame 2 is out of range; the file has 2 frame(s)"), missingFrame.err());
    }

    @Test
    void unknownPhotometric_exits3NamingIt() throws Exception {
        Path file = write("foo.dcm", "FOO", null, 15, null, null);

        CliRunner.Result info = run("info", file.toString());
        CliRunner.Result render = run("render", file.toString(), "--out", home.resolve("foo.png").toString());

        assertEquals(ExitCodes.INPUT_UNREADABLE, info.status(), info.err());
        assertTrue(info.out().contains("Photometric interpretation: FOO"), info.out());
        assertTrue(info.err().startsWith("radassist: foo.dcm: Photometric Interpretation (0028,0004) 'FOO' is not "
                + "supported"), info.err());
        assertEquals(ExitCodes.INPUT_UNREADABLE, render.status(), render.err());
        assertTrue(render.err().contains("'FOO' is not supported"), render.err());
    }

    @Test
    void highBitBelowBitsStored_exits3() throws Exception {
        Path file = write("hb.dcm", "MONOCHROME2", null, 3, null, null);

        CliRunner.Result render = run("render", file.toString(), "--out", home.resolve("hb.png").toString());

        assertEquals(ExitCodes.INPUT_UNREADABLE, render.status(), render.err());
        assertTrue(render.err().startsWith("radassist: hb.dcm: High Bit (0028,0102) 3 is outside 15..15 for Bits "
                + "Stored 16 and Bits Allocated 16"), render.err());
    }

    @Test
    void infoDirectory_readFailedAsRender() throws Exception {
        Path folder = java.nio.file.Files.createDirectories(home.resolve("study.dcm"));

        CliRunner.Result info = run("info", folder.toString());

        // render and analyze word the same failure this way through ImageLoader.
        assertEquals(ExitCodes.INPUT_UNREADABLE, info.status(), info.err());
        assertEquals("radassist: study.dcm: read failed: Is a directory\n", info.err());
    }
}
