package dev.ergo.report;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import dev.ergo.report.internal.spi.Styles;
import dev.ergo.report.internal.spi.TextStyle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fonts of one document: the {@link SharedFonts} parsed once per JVM for its added fonts, the
 * document's {@link Font} objects, and in deterministic mode one {@code SHA1PRNG} per font seeded
 * from the document key and the font, so the subset prefixes (normally random) repeat from run to
 * run whatever else is rendered at the same time. Not thread-safe; one instance per document.
 */
final class DocumentFonts {
    /** The document being closed on this thread: its fonts' subset prefixes are drawn then. */
    private static final ThreadLocal<DocumentFonts> CLOSING = new ThreadLocal<>();

    private final @Nullable String seedKey;
    private final SharedFonts shared;
    private final Map<TextStyle, Font> fonts = new EnumMap<>(TextStyle.class);
    private final Map<String, SecureRandom> prefixRandoms = new HashMap<>();

    /**
     * @param seedKey the document key for deterministic subset prefixes, or null for random ones
     * @param added the fonts the host added, tried after the bundled ones
     */
    DocumentFonts(@Nullable String seedKey, List<AddedFont> added) {
        this.seedKey = seedKey;
        this.shared = SharedFonts.of(added);
    }

    BaseFont baseFont(TextStyle.Face face) {
        return shared.main(face);
    }

    Font font(TextStyle style) {
        Font f = fonts.get(style);
        if (f == null) {
            f = new Font(baseFont(style.face()), style.size(), Font.NORMAL, Styles.INK);
            fonts.put(style, f);
        }
        return f;
    }

    /**
     * Runs the closing of this document's PDF, during which OpenPDF writes the font subsets and
     * draws their prefixes from this document's random sources.
     */
    void closing(Runnable close) {
        DocumentFonts outer = CLOSING.get();
        CLOSING.set(this);
        try {
            close.run();
        } finally {
            if (outer == null) {
                CLOSING.remove();
            } else {
                CLOSING.set(outer);
            }
        }
    }

    /**
     * @param fontKey the shared font's key
     * @return the random source for that font's subset prefix in the document being closed on this
     *     thread, or null when none is being closed or it is not deterministic
     */
    static @Nullable SecureRandom prefixRandom(String fontKey) {
        DocumentFonts doc = CLOSING.get();
        if (doc == null || doc.seedKey == null) {
            return null;
        }
        return doc.prefixRandoms.computeIfAbsent(fontKey, k -> seeded(doc.seedKey + "|" + k));
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
