package dev.ergo.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import dev.ergo.report.internal.spi.Styles;
import dev.ergo.report.internal.spi.TextStyle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fonts of one document: one {@link BaseFont} per face, parsed from the shared bytes on first
 * use, embedded as an Identity-H subset. Not thread-safe; one instance per document.
 *
 * <p>In deterministic mode each face gets a {@code SHA1PRNG} seeded from the document key and the
 * face, so the subset prefixes (normally random) repeat from run to run.
 */
final class DocumentFonts {
    private final @Nullable String seedKey;
    private final Map<TextStyle.Face, BaseFont> baseFonts = new EnumMap<>(TextStyle.Face.class);
    private final Map<TextStyle, Font> fonts = new EnumMap<>(TextStyle.class);

    /**
     * @param seedKey the document key for deterministic subset prefixes, or null for random ones
     */
    DocumentFonts(@Nullable String seedKey) {
        this.seedKey = seedKey;
    }

    BaseFont baseFont(TextStyle.Face face) {
        BaseFont bf = baseFonts.get(face);
        if (bf == null) {
            bf = create(face);
            baseFonts.put(face, bf);
        }
        return bf;
    }

    Font font(TextStyle style) {
        Font f = fonts.get(style);
        if (f == null) {
            f = new Font(baseFont(style.face()), style.size(), Font.NORMAL, Styles.INK);
            fonts.put(style, f);
        }
        return f;
    }

    private BaseFont create(TextStyle.Face face) {
        try {
            BaseFont bf = BaseFont.createFont(Resources.fontFileName(face), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    false, Resources.font(face), null);
            if (seedKey != null) {
                bf.setSecureRandom(seeded(seedKey + "|font|" + face.name()));
            }
            return bf;
        } catch (DocumentException | IOException e) {
            throw new ReportException("could not load the embedded font " + Resources.fontFileName(face), e);
        }
    }

    /** A SHA1PRNG seeded before first use, so its output depends on the seed only. */
    static SecureRandom seeded(String seed) {
        try {
            SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
            r.setSeed(sha256(seed));
            return r;
        } catch (NoSuchAlgorithmException e) {
            throw new ReportException("SHA1PRNG is not available in this JVM", e);
        }
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new ReportException("SHA-256 is not available in this JVM", e);
        }
    }
}
