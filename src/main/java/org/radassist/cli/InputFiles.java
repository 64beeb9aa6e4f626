package org.radassist.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.radassist.imaging.ImageLoadException;

/** Checks of input files shared by the subcommands. */
final class InputFiles {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private InputFiles() {
    }

    /** Returns whether the file starts with the PNG signature; a missing file is reported as unreadable. */
    static boolean isPng(Path file) throws ImageLoadException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(PNG_SIGNATURE.length), PNG_SIGNATURE);
        } catch (NoSuchFileException e) {
            throw new ImageLoadException(file, ImageLoadException.Reason.FILE_NOT_FOUND,
                    file + ": file not found. Check the path.");
        } catch (AccessDeniedException e) {
            // The same wording as render and analyze, which read the file through ImageLoader.
            throw new ImageLoadException(file, ImageLoadException.Reason.READ_FAILED,
                    file.getFileName() + ": permission denied", e);
        } catch (IOException e) {
            String reason = e instanceof FileSystemException fileSystemError && fileSystemError.getReason() != null
                    ? fileSystemError.getReason() : e.getMessage();
            throw new ImageLoadException(file, ImageLoadException.Reason.READ_FAILED,
                    file.getFileName() + ": read failed: " + reason, e);
        }
    }
}
