package org.radassist.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import org.junit.jupiter.api.Test;

/** Selection of the ImageIO JPEG reader by class, also when the registry lost it. */
class ImageIoProviderTest {

    @Test
    void jpegReader_isRegisteredAgainWhenMissing() throws DicomException {
        IIORegistry registry = IIORegistry.getDefaultInstance();
        for (ImageReaderSpi provider : providersOf(ImageIoFrameDecoder.JPEG_READER)) {
            registry.deregisterServiceProvider(provider, ImageReaderSpi.class);
        }
        assertTrue(providersOf(ImageIoFrameDecoder.JPEG_READER).isEmpty());

        PixelData pixels = DicomFile.read(Corpus.codec("sc_u8_jpbase_dcmtk.dcm")).pixelData();
        int[] values = pixels.readFrame(0);

        assertEquals("a6efba5b", Samples.crc32(values, 8));
        assertEquals(1, providersOf(ImageIoFrameDecoder.JPEG_READER).size());
    }

    private static List<ImageReaderSpi> providersOf(String readerClass) {
        List<ImageReaderSpi> found = new ArrayList<>();
        Iterator<ImageReaderSpi> providers =
                IIORegistry.getDefaultInstance().getServiceProviders(ImageReaderSpi.class, true);
        while (providers.hasNext()) {
            ImageReaderSpi provider = providers.next();
            if (readerClass.equals(provider.getPluginClassName())) {
                found.add(provider);
            }
        }
        return found;
    }
}
