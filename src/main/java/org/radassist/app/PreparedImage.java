package org.radassist.app;

import org.radassist.imaging.ModelInput;
import org.radassist.imaging.StudyImage;
import org.radassist.inference.EncodedImage;

/**
 * An image ready to send: the loaded study image, its model input and the checked payload.
 *
 * @param prepareNanos time from the start of decoding (or of the model-input conversion when the
 *     image was already loaded) to the encoded payload
 */
public record PreparedImage(StudyImage image, ModelInput modelInput, EncodedImage payload, long prepareNanos) {
}
