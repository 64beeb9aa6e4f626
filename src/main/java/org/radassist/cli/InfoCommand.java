package org.radassist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.radassist.dicom.DicomException;
import org.radassist.dicom.DicomFile;
import org.radassist.dicom.PixelData;
import org.radassist.imaging.ImageLoadException;
import org.radassist.imaging.ImageLoader;
import org.radassist.imaging.StudyImage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Prints the header summary of a DICOM or PNG file (transfer syntax, modality, size, frames, "
                + "bits, photometric interpretation, rescale, windows) without patient identifiers. Exits with "
                + "status 3 after the summary when RadAssist cannot decode the pixel data.")
final class InfoCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(InfoCommand.class);

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "DICOM or PNG file.")
    private Path file;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format: text (default) or json.")
    private OutputFormat format;

    @Override
    public Integer call() throws IOException {
        try {
            return printSummary();
        } catch (RuntimeException e) {
            // A defect that a file's content triggers still ends in one line naming the file, and
            // the stack trace goes to the log file only.
            LOG.warn("Reading {} failed", file.getFileName(), e);
            throw new ImageLoadException(file, ImageLoadException.Reason.READ_FAILED,
                    file.getFileName() + ": reading the header failed: " + e, e);
        }
    }

    private int printSummary() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        if (InputFiles.isPng(file)) {
            StudyImage image = ImageLoader.load(file);
            if (format == OutputFormat.JSON) {
                ObjectNode root = mapper.createObjectNode();
                root.put("file", file.getFileName().toString());
                root.put("format", "PNG");
                root.put("rows", image.height());
                root.put("columns", image.width());
                root.put("frames", 1);
                root.put("samples_per_pixel", image.samplesPerPixel());
                root.put("bits_stored", image.bitsStored());
                out.println(mapper.writeValueAsString(root));
            } else {
                out.println("File: " + file.getFileName());
                out.println("Format: PNG");
                out.println("Size: " + image.width() + " x " + image.height() + ", " + image.samplesPerPixel()
                        + (image.samplesPerPixel() == 1 ? " sample" : " samples") + " per pixel, "
                        + image.bitsStored() + " bits");
            }
        } else {
            DicomFile dicom = DicomFile.read(file);
            PixelData pixelData = null;
            DicomException pixelDataError = null;
            if (dicom.hasPixelData()) {
                try {
                    pixelData = dicom.pixelData();
                } catch (DicomException e) {
                    pixelDataError = e;
                }
            }
            HeaderSummary summary = HeaderSummary.of(dicom, pixelData);
            if (format == OutputFormat.JSON) {
                out.println(mapper.writeValueAsString(summary.toJson(mapper)));
            } else {
                summary.toText().forEach(out::println);
            }
            out.flush();
            if (pixelDataError != null) {
                // The summary is printed either way, but pixel data RadAssist cannot decode (such as
                // JPEG-LS) still ends in exit status 3 and its one-line message, as render and analyze do.
                throw pixelDataError;
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
