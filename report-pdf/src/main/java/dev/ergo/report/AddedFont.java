package dev.ergo.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A font the host added to {@link ReportOptions}: its bytes, checked once when added, and the name
 * OpenPDF needs to read them (a collection's first font is {@code name.ttc,0}).
 */
final class AddedFont {
    private final byte[] bytes;
    private final String fileName;
    private final String postscriptName;
    /** Parsed once, only asked which characters it has (read-only, so shared between threads). */
    private final BaseFont probe;

    private AddedFont(byte[] bytes, String fileName, BaseFont probe) {
        this.bytes = bytes;
        this.fileName = fileName;
        this.postscriptName = probe.getPostscriptFontName();
        this.probe = probe;
    }

    /**
     * Checks that the bytes are a font that can be embedded.
     *
     * @param bytes the font, copied
     * @param what where the bytes come from, for messages
     * @throws IllegalArgumentException if they are not a usable font
     */
    static AddedFont of(byte[] bytes, String what) {
        byte[] copy = bytes.clone();
        String magic = copy.length < 4 ? "" : new String(copy, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
        String fileName = switch (magic) {
            case "ttcf" -> "added.ttc,0";
            case "OTTO" -> "added.otf";
            case "\u0000\u0001\u0000\u0000", "true" -> "added.ttf";
            default -> throw new IllegalArgumentException(what + " is not a TrueType or OpenType font (.ttf, .otf, .ttc)");
        };
        try {
            BaseFont bf = BaseFont.createFont(fileName, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, copy, null);
            return new AddedFont(copy, fileName, bf);
        } catch (DocumentException e) {
            throw new IllegalArgumentException(what + " cannot be embedded in a PDF: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(what + " is not a readable font: " + e.getMessage(), e);
        }
    }

    /** A new base font of this font for one document, embedded as an Identity-H subset. */
    BaseFont create() {
        try {
            return BaseFont.createFont(fileName, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (DocumentException | IOException e) {
            throw new ReportException("could not load the added font " + postscriptName, e);
        }
    }

    boolean has(int codePoint) {
        return probe.charExists(codePoint);
    }

    String postscriptName() {
        return postscriptName;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof AddedFont other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return postscriptName.hashCode() * 31 + bytes.length;
    }
}
