package org.radassist.cli;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Output paths of {@code render}. A path that cannot be written is a usage error (exit 2) naming
 * the path and the reason, because the user chose it and the input is fine.
 */
final class PngOutput {

    private PngOutput() {
    }

    /** Rejects an output file path that is empty, {@code -} or an existing directory, before any input is read. */
    static void checkFile(Path out, CommandSpec spec) {
        String text = out.toString();
        if (text.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Invalid --out '': the path is empty.");
        }
        if (text.equals("-")) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid --out '-': render cannot write to standard output. Give a file name such as out.png.");
        }
        if (Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "Cannot write --out " + out
                    + ": it is a directory. Give a file name, or use --out-dir " + out + ".");
        }
    }

    /**
     * Rejects an output file name whose extension is not .png (in any case), because render always
     * writes PNG bytes. A name without an extension is accepted.
     */
    static void checkPngExtension(Path out, CommandSpec spec) {
        String extension = extension(out);
        if (extension != null && !extension.equalsIgnoreCase("png")) {
            throw new ParameterException(spec.commandLine(), "Invalid --out " + out
                    + ": the output is PNG, so the file name must end in .png, not ." + extension + ".");
        }
    }

    /** Returns the file name's extension without the dot, or null when the name has none. */
    private static String extension(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return null;
        }
        String text = name.toString();
        int dot = text.lastIndexOf('.');
        return dot > 0 && dot < text.length() - 1 ? text.substring(dot + 1) : null;
    }

    /** Rejects an output directory path that is empty or an existing file. */
    static void checkFolder(Path outDir, CommandSpec spec) {
        if (outDir.toString().isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Invalid --out-dir '': the path is empty.");
        }
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new ParameterException(spec.commandLine(), "Cannot write --out-dir " + outDir
                    + ": it is a file, not a directory.");
        }
    }

    /** Creates the directory and its parents, or throws a ParameterException naming it and the reason. */
    static void createFolder(Path folder, CommandSpec spec) {
        try {
            Files.createDirectories(folder);
        } catch (IOException | InvalidPathException e) {
            throw cannotWrite(folder, e, spec);
        }
    }

    /**
     * Writes the image as PNG, creating missing parent directories, or throws a ParameterException.
     * 8-bit grey and RGB images go through {@link PngEncoder}, other types through ImageIO.
     */
    static void write(BufferedImage image, Path target, CommandSpec spec) {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            createFolder(parent, spec);
        }
        // Files.newOutputStream reports the failure as an exception, where ImageIO.write(File)
        // prints a stack trace and then fails with "Can't create an ImageOutputStream!".
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(target), 64 * 1024)) {
            if (PngEncoder.supports(image)) {
                PngEncoder.write(image, stream, PngEncoder.DEFAULT_LEVEL);
            } else if (!ImageIO.write(image, "png", stream)) {
                throw new IOException("no ImageIO PNG writer is installed");
            }
        } catch (IOException | InvalidPathException e) {
            throw cannotWrite(target, e, spec);
        }
    }

    private static ParameterException cannotWrite(Path path, Exception e, CommandSpec spec) {
        return new ParameterException(spec.commandLine(), "Cannot write " + path + ": " + reason(e) + ".");
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemException fileSystemError && fileSystemError.getReason() != null) {
            return fileSystemError.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
