/**
 * DICOM Part 10 reader: {@link org.radassist.dicom.DicomFile#read} parses a whole file into
 * {@link org.radassist.dicom.Attributes}, and {@link org.radassist.dicom.PixelData#readFrame}
 * decodes frames to stored values.
 *
 * <p>What callers get from {@code readFrame}:
 * <ul>
 *   <li>{@code rows * columns * samplesPerPixel} ints, row by row, pixel-interleaved whatever the
 *       Planar Configuration.</li>
 *   <li>Stored values masked to Bits Stored (overlay bits above High Bit removed) and
 *       sign-extended when Pixel Representation is 1. The modality LUT or rescale is not applied.</li>
 *   <li>Colour in the space that {@link org.radassist.dicom.PixelData#photometricInterpretation()}
 *       returns. It is RGB for RGB files, for JPEG YBR_FULL and YBR_FULL_422, and for JPEG 2000
 *       YBR_ICT and YBR_RCT, because those decoders convert. It is YBR_FULL for native YBR_FULL
 *       and native YBR_FULL_422 (expanded to one Cb and Cr per pixel), which
 *       {@link org.radassist.dicom.PixelData#convertYbrFullToRgb} turns into RGB. PALETTE COLOR
 *       frames contain palette indices.</li>
 * </ul>
 *
 * <p>Errors: {@link org.radassist.dicom.DicomException} names the file and byte offset, and
 * {@link org.radassist.dicom.UnsupportedDicomException} names the transfer syntax that has no
 * decoder (JPEG-LS, 12-bit lossy JPEG, HTJ2K, JPEG XL, video, unknown UIDs).
 */
package org.radassist.dicom;
