package dev.ergo.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import dev.ergo.report.internal.spi.FontChain;
import dev.ergo.report.internal.spi.Styles;
import dev.ergo.report.internal.spi.TextStyle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The fonts of one document: one {@link BaseFont} per face, parsed from the shared bytes on first
 * use, embedded as an Identity-H subset, each with its {@link FontChain}: for the bold face DejaVu
 * Sans regular (emboldened), then for both faces the bundled fallback fonts and the fonts the host
 * added, each parsed only when a text needs it. Not thread-safe; one instance per document.
 *
 * <p>In deterministic mode each font gets a {@code SHA1PRNG} seeded from the document key and the
 * font, so the subset prefixes (normally random) repeat from run to run.
 */
final class DocumentFonts {
    private final @Nullable String seedKey;
    private final Map<TextStyle.Face, BaseFont> baseFonts = new EnumMap<>(TextStyle.Face.class);
    private final Map<TextStyle, Font> fonts = new EnumMap<>(TextStyle.class);
    private final List<Supplier<BaseFont>> fallbacks = new ArrayList<>();

    /**
     * @param seedKey the document key for deterministic subset prefixes, or null for random ones
     * @param added the fonts the host added, tried after the bundled ones
     */
    DocumentFonts(@Nullable String seedKey, List<AddedFont> added) {
        this.seedKey = seedKey;
        for (int i = 0; i < Resources.FALLBACK_FONTS.size(); i++) {
            int index = i;
            fallbacks.add(memo(() -> seed(embedded(Resources.FALLBACK_FONTS.get(index), Resources.fallbackFont(index)),
                    "fallback|" + Resources.FALLBACK_FONTS.get(index))));
        }
        for (int i = 0; i < added.size(); i++) {
            AddedFont font = added.get(i);
            String key = "added|" + i;
            fallbacks.add(memo(() -> seed(font.create(), key)));
        }
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
        BaseFont bf = seed(embedded(Resources.fontFileName(face), Resources.font(face)), "font|" + face.name());
        List<Supplier<BaseFont>> chain = new ArrayList<>();
        if (face == TextStyle.Face.BOLD) {
            chain.add(() -> baseFont(TextStyle.Face.REGULAR));
        }
        chain.addAll(fallbacks);
        FontChain.register(bf, new FontChain(chain, face == TextStyle.Face.BOLD));
        return bf;
    }

    private static BaseFont embedded(String fileName, byte[] bytes) {
        try {
            return BaseFont.createFont(fileName, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (DocumentException | IOException e) {
            throw new ReportException("could not load the embedded font " + fileName, e);
        }
    }

    private BaseFont seed(BaseFont bf, String font) {
        if (seedKey != null) {
            bf.setSecureRandom(seeded(seedKey + "|" + font));
        }
        return bf;
    }

    /** Creates the value on first use and keeps it. */
    private static Supplier<BaseFont> memo(Supplier<BaseFont> create) {
        return new Supplier<>() {
            private @Nullable BaseFont value;

            @Override
            public BaseFont get() {
                BaseFont v = value;
                if (v == null) {
                    v = create.get();
                    value = v;
                }
                return v;
            }
        };
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
