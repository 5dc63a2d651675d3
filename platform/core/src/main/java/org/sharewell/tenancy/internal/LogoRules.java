package org.sharewell.tenancy.internal;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Rules for a tenant's logo: a PNG or JPEG image of at most 512 KB, recognised by decoding it
 * (with the JDK's image readers) rather than trusting a file name or a declared type.
 */
final class LogoRules {

    static final int MAXIMUM_BYTES = 512 * 1024;

    private LogoRules() {
    }

    /** The image's content type, or empty if it is not a readable PNG or JPEG. */
    static Optional<String> contentTypeOf(byte[] image) {
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            var reader = readers.next();
            try {
                reader.setInput(input);
                reader.getWidth(0);
                return switch (reader.getFormatName().toLowerCase(Locale.ROOT)) {
                    case "png" -> Optional.of("image/png");
                    case "jpeg", "jpg" -> Optional.of("image/jpeg");
                    default -> Optional.empty();
                };
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<String> problemWith(byte[] image) {
        if (image == null || image.length == 0) {
            return Optional.of("Choose an image file for the logo.");
        }
        if (image.length > MAXIMUM_BYTES) {
            return Optional.of("The logo is too large. Use an image of at most 512 KB.");
        }
        if (contentTypeOf(image).isEmpty()) {
            return Optional.of("The logo must be a PNG or JPEG image.");
        }
        return Optional.empty();
    }
}
