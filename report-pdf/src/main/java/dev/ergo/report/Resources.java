package dev.ergo.report;

import dev.ergo.report.internal.spi.TextStyle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bytes the reports embed, read once per JVM: DejaVu Sans regular and bold (from
 * {@code net.sf.jasperreports:jasperreports-fonts}, Bitstream Vera / DejaVu licence), the fallback
 * fonts Noto Sans Devanagari and Noto Sans Thai (this module's resources, SIL OFL 1.1, see
 * {@code fonts/OFL.txt}) and the sRGB ICC profile for PDF/A (zlib licence, see
 * {@code sRGB.icc.NOTICE.txt}).
 *
 * <p>The arrays are never handed out of this package and never written to, so sharing them between
 * threads is safe.
 */
final class Resources {
    private Resources() {}

    private static final String FONT_DIR = "net/sf/jasperreports/fonts/dejavu/";

    /** Lazily initialised holder: the 2 MB of fonts are read on the first report only. */
    private static final class Holder {
        static final byte[] REGULAR = read(FONT_DIR + "DejaVuSans.ttf");
        static final byte[] BOLD = read(FONT_DIR + "DejaVuSans-Bold.ttf");
        static final byte[] SRGB = read("dev/ergo/report/sRGB.icc");
    }

    /** The bundled fallback fonts, after DejaVu Sans, in the order they are tried. */
    static final java.util.List<String> FALLBACK_FONTS = java.util.List.of(
            "NotoSansDevanagari-Regular.ttf", "NotoSansThai-Regular.ttf");

    /** The bytes of each fallback font, read on first use (a run whose texts need none reads none). */
    private static final byte[][] FALLBACK_BYTES = new byte[FALLBACK_FONTS.size()][];

    /**
     * @return the bytes of the bundled fallback font at this index of {@link #FALLBACK_FONTS}, read once
     *     (its own lock, no other class's: no class-initialisation cycle with the font classes)
     */
    static byte[] fallbackFont(int index) {
        synchronized (FALLBACK_BYTES) {
            byte[] bytes = FALLBACK_BYTES[index];
            if (bytes == null) {
                bytes = read("dev/ergo/report/fonts/" + FALLBACK_FONTS.get(index));
                FALLBACK_BYTES[index] = bytes;
            }
            return bytes;
        }
    }

    static byte[] font(TextStyle.Face face) {
        return switch (face) {
            case REGULAR -> Holder.REGULAR;
            case BOLD -> Holder.BOLD;
        };
    }

    static String fontFileName(TextStyle.Face face) {
        return switch (face) {
            case REGULAR -> "DejaVuSans.ttf";
            case BOLD -> "DejaVuSans-Bold.ttf";
        };
    }

    static byte[] srgbProfile() {
        return Holder.SRGB;
    }

    private static byte[] read(String resource) {
        // this module's own resources first (found on the module path too), then the fonts jar's
        InputStream own = Resources.class.getResourceAsStream("/" + resource);
        try (InputStream in = own != null ? own : Resources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ReportException("resource " + resource + " is missing from the class path;"
                        + " is net.sf.jasperreports:jasperreports-fonts on it?");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read resource " + resource, e);
        }
    }
}
