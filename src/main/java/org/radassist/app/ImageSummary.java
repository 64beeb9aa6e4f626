package org.radassist.app;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.radassist.imaging.ImageKind;
import org.radassist.imaging.StudyImage;

/** A one-line technical description of an image, free of patient and study identifiers. */
final class ImageSummary {

    private ImageSummary() {
    }

    /** Describes the image with the words of {@code messages}, the UI bundle of the shown language. */
    static String of(StudyImage image, ResourceBundle messages) {
        StringBuilder text = new StringBuilder();
        if (image.kind() == ImageKind.PNG) {
            text.append("PNG");
        } else {
            text.append(image.modality() == null || image.modality().isBlank() ? "DICOM" : image.modality());
        }
        text.append(" · ").append(image.width()).append(" × ").append(image.height());
        if (image.frameCount() > 1) {
            text.append(" · ").append(MessageFormat.format(messages.getString("image.summary.frame"),
                    image.frameIndex() + 1, image.frameCount()));
        }
        if (image.photometricInterpretation() != null && !image.photometricInterpretation().isBlank()) {
            text.append(" · ").append(image.photometricInterpretation());
        }
        text.append(" · ").append(MessageFormat.format(messages.getString("image.summary.bitsStored"),
                image.bitsStored()));
        image.pixelSpacing().ifPresent(spacing -> text.append(" · ")
                .append(String.format(java.util.Locale.ROOT, "%.3g × %.3g mm", spacing.columnSpacing(), spacing.rowSpacing())));
        return text.toString();
    }
}
