package dev.ergo.report;

import com.lowagie.text.pdf.BaseFont;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Which characters the reports can draw: those of DejaVu Sans, the bundled fallback fonts and the
 * fonts added to the options. The bundled fonts are the {@link SharedFonts}, only asked which
 * characters they have, so one instance serves all threads; a fallback font is parsed only for a
 * character the fonts before it lack.
 */
final class Coverage {
    private Coverage() {}

    private static final class Bundled {
        /** In order; a font is parsed only when the ones before it lack a character (start-up). */
        static final List<Supplier<BaseFont>> FONTS = SharedFonts.bundledFonts();
    }

    /**
     * Returns the characters of a text that no font can draw, each once, in order; whitespace,
     * controls and invisible formatting characters never count.
     */
    static String undrawable(String text, List<AddedFont> added) {
        return undrawable(text, Bundled.FONTS, added);
    }

    /** As {@link #undrawable(String, List)}, with these fonts in place of the bundled ones (tests). */
    static String undrawable(String text, List<? extends Supplier<BaseFont>> fonts, List<AddedFont> added) {
        Set<Integer> missing = new LinkedHashSet<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.SPACE_SEPARATOR || drawable(cp, fonts, added)) {
                continue;
            }
            missing.add(cp);
        }
        StringBuilder b = new StringBuilder();
        missing.forEach(b::appendCodePoint);
        return b.toString();
    }

    private static boolean drawable(int cp, List<? extends Supplier<BaseFont>> fonts, List<AddedFont> added) {
        for (Supplier<BaseFont> f : fonts) {
            if (f.get().charExists(cp)) {
                return true;
            }
        }
        for (AddedFont f : added) {
            if (f.has(cp)) {
                return true;
            }
        }
        return false;
    }
}
