package dev.ergo.report.internal.spi;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The fonts that draw what a document's main font lacks: each character goes to the first font of
 * the chain that has it (combining marks and spaces stay with the character before them); a
 * character no font has is drawn as {@value #MISSING_TEXT}, never as a silent blank.
 *
 * <p>Every main font of a document is registered with its chain, so that code holding only the
 * {@link BaseFont} (charts, page furniture) finds it. A chain is shared by every document using its
 * main font, on any thread: it is immutable, and its fallback suppliers must be thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class FontChain {

    /** Drawn for a character that no font of the chain has. */
    public static final String MISSING_TEXT = "\uFFFD";

    private static final Map<BaseFont, FontChain> CHAINS = Collections.synchronizedMap(new WeakHashMap<>());

    /** The first character of the Hebrew block: no character below it is written right to left. */
    static final char FIRST_RIGHT_TO_LEFT = '\u0590';
    /** From Devanagari up to the right-to-left mark, no character is written right to left either. */
    static final char AFTER_RIGHT_TO_LEFT = '\u0900';
    /** U+200F RIGHT-TO-LEFT MARK. */
    static final char RIGHT_TO_LEFT_MARK = '\u200F';

    private final List<Supplier<BaseFont>> fallbacks;
    private final boolean bold;
    /**
     * Which characters of the Basic Multilingual Plane the main font draws (or may skip), 256 to a
     * block, each block worked out on first use. Blocks are immutable once published; two threads
     * may work out the same block, with the same result.
     */
    private final AtomicReferenceArray<long[]> mainBlocks = new AtomicReferenceArray<>(256);

    /**
     * Creates a chain.
     *
     * @param fallbacks the fonts after the main font, in order, each created on first use (thread-safe), not null
     * @param bold whether the main font is bold: fallback fonts are then emboldened
     */
    public FontChain(List<Supplier<BaseFont>> fallbacks, boolean bold) {
        this.fallbacks = List.copyOf(fallbacks);
        this.bold = bold;
    }

    /**
     * Registers the chain of a main font. The registry holds the font weakly; the chain must not
     * refer to it. A chain serves one main font: it keeps a table of that font's characters.
     *
     * @param main the main font, not null
     * @param chain its chain, not null
     */
    public static void register(BaseFont main, FontChain chain) {
        CHAINS.put(main, chain);
    }

    /**
     * Returns the chain of a main font.
     *
     * @param main the font, or null
     * @return the chain, or null when the font has none
     */
    public static @Nullable FontChain of(@Nullable BaseFont main) {
        return main == null ? null : CHAINS.get(main);
    }

    /**
     * Returns whether a text has characters written right to left (Hebrew, Arabic and others), which
     * need the bidirectional algorithm to come out in reading order.
     *
     * @param text the text, not null
     * @return true if it has such a character
     */
    public static boolean hasRightToLeft(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < FIRST_RIGHT_TO_LEFT || (ch >= AFTER_RIGHT_TO_LEFT && ch < RIGHT_TO_LEFT_MARK)) {
                continue; // no character there is written right to left (a test checks every one)
            }
            byte d = Character.getDirectionality(ch);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns whether the main font draws every character of a text.
     *
     * @param main the main font, not null
     * @param text the text, not null
     * @return true if no other font is needed
     */
    public static boolean covers(BaseFont main, String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!ignorable(cp) && !main.charExists(cp)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns whether the main font of this chain draws every character of a text, as
     * {@link #covers(BaseFont, String)} but from a table of the font's characters kept by the chain.
     *
     * @param main the main font this chain was registered with, not null
     * @param text the text, not null
     * @return true if no other font is needed
     */
    public boolean mainCovers(BaseFont main, String text) {
        int index = -1;
        long[] block = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isSurrogate(ch)) {
                return covers(main, text); // beyond the BMP: ask the font
            }
            if (ch >>> 8 != index) {
                index = ch >>> 8;
                block = mainBlocks.get(index);
                if (block == null) {
                    block = mainBlock(main, index);
                }
            }
            if ((block[(ch & 0xFF) >>> 6] & (1L << (ch & 63))) == 0) {
                return false;
            }
        }
        return true;
    }

    private long[] mainBlock(BaseFont main, int index) {
        long[] block = new long[4];
        for (int k = 0; k < 256; k++) {
            int cp = (index << 8) | k;
            if (!Character.isSurrogate((char) cp) && (ignorable(cp) || main.charExists(cp))) {
                block[k >>> 6] |= 1L << (k & 63);
            }
        }
        mainBlocks.compareAndSet(index, null, block);
        return block;
    }

    /**
     * Splits a text into chunks, each in the first font that has its characters.
     *
     * @param main the main font, not null
     * @param text the text, not null
     * @param template the main font with size, style and colour, not null
     * @param attributes chunk attributes to copy (skew for italics), or null
     * @return the chunks, in order, as a phrase without leading of its own, not null
     */
    public Phrase split(BaseFont main, String text, Font template, @Nullable Map<String, Object> attributes) {
        Phrase phrase = new Phrase();
        StringBuilder run = new StringBuilder();
        BaseFont runFont = main;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            BaseFont f;
            String s = new String(Character.toChars(cp));
            if (sticky(cp) && (runFont.charExists(cp) || ignorable(cp))) {
                f = runFont;
            } else if (main.charExists(cp)) {
                f = main;
            } else {
                f = fallbackFor(cp);
                if (f == null) {
                    if (ignorable(cp)) {
                        continue; // invisible formatting no font has: nothing to draw
                    }
                    f = main;
                    s = MISSING_TEXT;
                }
            }
            if (f != runFont && run.length() > 0) {
                phrase.add(chunk(run.toString(), main, runFont, template, attributes));
                run.setLength(0);
            }
            runFont = f;
            run.append(s);
        }
        if (run.length() > 0) {
            phrase.add(chunk(run.toString(), main, runFont, template, attributes));
        }
        return phrase;
    }

    /**
     * Returns the first fallback font that has a character.
     *
     * @param cp the code point
     * @return the font, or null if none has it
     */
    public @Nullable BaseFont fallbackFor(int cp) {
        for (Supplier<BaseFont> s : fallbacks) {
            BaseFont f = s.get();
            if (f.charExists(cp)) {
                return f;
            }
        }
        return null;
    }

    private Chunk chunk(String text, BaseFont main, BaseFont font, Font template, @Nullable Map<String, Object> attributes) {
        Font f = font == main ? template
                : new Font(font, template.getSize(), bold ? template.getStyle() | Font.BOLD : template.getStyle(), template.getColor());
        Chunk c = new Chunk(text, f);
        if (attributes != null) {
            c.setChunkAttributes(new HashMap<>(attributes));
        }
        return c;
    }

    /** Marks, spaces and joiners belong with the character before them. */
    private static boolean sticky(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.SPACE_SEPARATOR || type == Character.FORMAT;
    }

    /** Invisible characters: controls and formatting (joiners, direction marks). */
    private static boolean ignorable(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.CONTROL;
    }

    /**
     * Draws one line of text at a point, like {@link PdfContentByte#showTextAligned}, but with the
     * font's chain for characters it lacks and in reading order for right-to-left text. Call it
     * outside {@code beginText()}/{@code endText()}.
     *
     * @param cb where to draw, not null
     * @param font the main font, not null
     * @param size the size, points
     * @param colour the colour, not null
     * @param text the text, not null
     * @param x the anchor x
     * @param y the baseline y
     * @param align {@code Element.ALIGN_LEFT}, {@code ALIGN_CENTER} or {@code ALIGN_RIGHT}
     * @param rotation degrees, counter-clockwise
     */
    public static void showTextAligned(PdfContentByte cb, BaseFont font, float size, Color colour, String text, float x,
            float y, int align, float rotation) {
        FontChain chain = of(font);
        if (chain == null || (chain.mainCovers(font, text) && !hasRightToLeft(text))) {
            cb.saveState();
            cb.beginText();
            cb.setFontAndSize(font, size);
            cb.setColorFill(colour);
            cb.showTextAligned(align, text, x, y, rotation);
            cb.endText();
            cb.restoreState();
            return;
        }
        Phrase p = chain.split(font, text, new Font(font, size, Font.NORMAL, colour), null);
        cb.saveState();
        ColumnText.showTextAligned(cb, align == Element.ALIGN_RIGHT || align == Element.ALIGN_CENTER ? align : Element.ALIGN_LEFT,
                p, x, y, rotation, PdfWriter.RUN_DIRECTION_LTR, 0);
        cb.restoreState();
    }
}
