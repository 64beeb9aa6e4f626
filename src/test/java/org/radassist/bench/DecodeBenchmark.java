package org.radassist.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.radassist.dicom.DicomException;
import org.radassist.dicom.DicomFile;

/**
 * Reads the 512×512 signed 16-bit CT phantom of codecs/ and decodes its frame, once per transfer
 * syntax that RadAssist decodes (the JPEG-LS copies are left out because they are unsupported).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DecodeBenchmark {

    @Param({"ct_s16_evrle", "ct_s16_ivrle", "ct_s16_evrbe", "ct_s16_deflate", "ct_s16_rle_dcmtk",
        "ct_s16_jpll_sv1_dcmtk", "ct_s16_jpll_sv6_dcmtk", "ct_s16_j2k_gdcm", "ct_s16_j2k_lossy_gdcm"})
    public String file;

    private Path path;

    @Setup
    public void locate() {
        path = BenchFiles.codec(file + ".dcm");
    }

    /** Parses the file and decodes frame 0 to stored values. */
    @Benchmark
    public int[] readAndDecode() throws DicomException {
        return DicomFile.read(path).pixelData().readFrame(0);
    }
}
