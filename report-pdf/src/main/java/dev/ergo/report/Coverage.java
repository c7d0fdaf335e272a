package dev.ergo.report;

import com.lowagie.text.pdf.BaseFont;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which characters the reports can draw: those of DejaVu Sans, the bundled fallback fonts and the
 * fonts added to the options. The bundled fonts are the {@link SharedFonts}, only asked which
 * characters they have, so one instance serves all threads.
 */
final class Coverage {
    private Coverage() {}

    private static final class Bundled {
        static final List<BaseFont> FONTS = SharedFonts.bundledFonts();
    }

    /**
     * Returns the characters of a text that no font can draw, each once, in order; whitespace,
     * controls and invisible formatting characters never count.
     */
    static String undrawable(String text, List<AddedFont> added) {
        Set<Integer> missing = new LinkedHashSet<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.SPACE_SEPARATOR || drawable(cp, added)) {
                continue;
            }
            missing.add(cp);
        }
        StringBuilder b = new StringBuilder();
        missing.forEach(b::appendCodePoint);
        return b.toString();
    }

    private static boolean drawable(int cp, List<AddedFont> added) {
        for (BaseFont f : Bundled.FONTS) {
            if (f.charExists(cp)) {
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
