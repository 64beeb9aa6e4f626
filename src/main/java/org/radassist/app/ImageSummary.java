package org.radassist.app;

import org.radassist.imaging.ImageKind;
import org.radassist.imaging.StudyImage;

/** A one-line technical description of an image, free of patient and study identifiers. */
final class ImageSummary {

    private ImageSummary() {
    }

    static String of(StudyImage image) {
        StringBuilder text = new StringBuilder();
        if (image.kind() == ImageKind.PNG) {
            text.append("PNG");
        } else {
            text.append(image.modality() == null || image.modality().isBlank() ? "DICOM" : image.modality());
        }
        text.append(" · ").append(image.width()).append(" × ").append(image.height());
        if (image.frameCount() > 1) {
            text.append(" · frame ").append(image.frameIndex() + 1).append(" of ").append(image.frameCount());
        }
        if (image.photometricInterpretation() != null && !image.photometricInterpretation().isBlank()) {
            text.append(" · ").append(image.photometricInterpretation());
        }
        text.append(" · ").append(image.bitsStored()).append(" bit");
        image.pixelSpacing().ifPresent(spacing -> text.append(" · ")
                .append(String.format(java.util.Locale.ROOT, "%.3g × %.3g mm", spacing.columnSpacing(), spacing.rowSpacing())));
        return text.toString();
    }
}
