package dev.ergo.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import dev.ergo.report.internal.spi.FontChain;
import dev.ergo.report.internal.spi.TextStyle;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The fonts of every document with the same added fonts, each parsed once per JVM and shared by all
 * documents and threads: DejaVu Sans regular and bold, registered with their {@link FontChain}, the
 * bundled fallback fonts and the added ones, each parsed on first use.
 *
 * <p>Sharing an OpenPDF {@link BaseFont} is safe because after parsing nothing writes to it: the
 * glyphs a document uses are kept by that document's writer, which subsets the font from a copy of
 * the font bytes' reader. The one per-document value the font holds is the random source of its
 * subset prefix; each shared font gets a {@link PrefixRandom} that asks the document being closed
 * on the current thread (see {@link DocumentFonts#closing}).
 */
final class SharedFonts {
    /** More different lists of added fonts than this are parsed per document, not kept. */
    static final int MAX_CACHED = 16;

    private static final Map<List<AddedFont>, SharedFonts> CACHE = new ConcurrentHashMap<>();

    /** The bundled fallback fonts, shared by every set. */
    private static final List<Supplier<BaseFont>> BUNDLED = List.copyOf(newFallbacks());

    private final Map<TextStyle.Face, BaseFont> mains = new EnumMap<>(TextStyle.Face.class);

    private SharedFonts(List<AddedFont> added) {
        List<Supplier<BaseFont>> fallbacks = new ArrayList<>(BUNDLED);
        for (int i = 0; i < added.size(); i++) {
            AddedFont font = added.get(i);
            String key = "added|" + i;
            fallbacks.add(lazy(() -> prefixed(key, font::create)));
        }
        BaseFont regular = main(TextStyle.Face.REGULAR, fallbacks);
        List<Supplier<BaseFont>> boldChain = new ArrayList<>();
        boldChain.add(() -> regular);
        boldChain.addAll(fallbacks);
        main(TextStyle.Face.BOLD, boldChain);
    }

    /**
     * Returns the shared fonts for a list of added fonts, parsing them on the first call.
     *
     * @param added the fonts the host added, in order
     * @return the fonts, shared unless more than {@link #MAX_CACHED} lists were seen
     */
    static SharedFonts of(List<AddedFont> added) {
        SharedFonts cached = CACHE.get(added);
        if (cached != null) {
            return cached;
        }
        if (CACHE.size() >= MAX_CACHED) {
            return new SharedFonts(added);
        }
        return CACHE.computeIfAbsent(List.copyOf(added), SharedFonts::new);
    }

    /**
     * @return DejaVu Sans regular and bold and the bundled fallback fonts, as the reports use them, in
     *     that order; a fallback font is parsed when first asked for
     */
    static List<Supplier<BaseFont>> bundledFonts() {
        SharedFonts plain = of(List.of());
        BaseFont regular = plain.main(TextStyle.Face.REGULAR);
        BaseFont bold = plain.main(TextStyle.Face.BOLD);
        List<Supplier<BaseFont>> fonts = new ArrayList<>(List.of(() -> regular, () -> bold));
        fonts.addAll(BUNDLED);
        return List.copyOf(fonts);
    }

    /** @return the shared main font of a face, registered with its chain */
    BaseFont main(TextStyle.Face face) {
        return mains.get(face);
    }

    private BaseFont main(TextStyle.Face face, List<Supplier<BaseFont>> chain) {
        BaseFont bf = prefixed("font|" + face.name(),
                () -> embedded(Resources.fontFileName(face), Resources.font(face)));
        FontChain.register(bf, new FontChain(chain, face == TextStyle.Face.BOLD));
        mains.put(face, bf);
        return bf;
    }

    /** @return the bundled fallback fonts as new lazy values, none parsed yet (the shared ones are made once) */
    static List<Lazy<BaseFont>> newFallbacks() {
        List<Lazy<BaseFont>> list = new ArrayList<>();
        for (int i = 0; i < Resources.FALLBACK_FONTS.size(); i++) {
            int index = i;
            String name = Resources.FALLBACK_FONTS.get(index);
            list.add(lazy(() -> prefixed("fallback|" + name, () -> embedded(name, Resources.fallbackFont(index)))));
        }
        return List.copyOf(list);
    }

    /** A font whose subset prefixes come from the document being closed, under this key. */
    private static BaseFont prefixed(String key, Supplier<BaseFont> create) {
        BaseFont bf = create.get();
        bf.setSecureRandom(new PrefixRandom(key));
        bf.setCompressionLevel(PdfSession.ZLIB_LEVEL); // set before the font is shared
        return bf;
    }

    static BaseFont embedded(String fileName, byte[] bytes) {
        try {
            return BaseFont.createFont(fileName, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (DocumentException | IOException e) {
            throw new ReportException("could not load the embedded font " + fileName, e);
        }
    }

    /** Creates the value on first use, once, and publishes it safely. */
    static <T> Lazy<T> lazy(Supplier<T> create) {
        return new Lazy<>(create);
    }

    /** A value created on first use, once, and published safely. */
    static final class Lazy<T> implements Supplier<T> {
        private final Supplier<T> create;
        private volatile @Nullable T value;

        Lazy(Supplier<T> create) {
            this.create = create;
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = create.get();
                        value = v;
                    }
                }
            }
            return v;
        }

        /** @return whether the value was created */
        boolean created() {
            return value != null;
        }
    }

    /**
     * The random source OpenPDF draws a shared font's subset prefix from: the one the document
     * being closed on this thread keeps for this font, or a non-deterministic one.
     */
    static final class PrefixRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private static final SecureRandom RANDOM = new SecureRandom();

        private final String key;

        PrefixRandom(String key) {
            this.key = key;
        }

        @Override
        public void nextBytes(byte[] bytes) {
            SecureRandom r = DocumentFonts.prefixRandom(key);
            (r != null ? r : RANDOM).nextBytes(bytes);
        }
    }
}
