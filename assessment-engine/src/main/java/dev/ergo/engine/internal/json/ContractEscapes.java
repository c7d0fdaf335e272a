package dev.ergo.engine.internal.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import org.jspecify.annotations.Nullable;

/**
 * String escaping of the results contract: {@code \"}, {@code \\}, {@code \n}, {@code \r} and {@code \t}
 * as short escapes; every other control character, U+2028 and U+2029 as a lowercase <code>&#92;u00xx</code>
 * escape; everything else as is (UTF-8).
 */
final class ContractEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;

    private static final int[] ASCII = asciiCodes();
    private static final SerializableString[] CONTROL = new SerializableString[0x20];
    private static final SerializableString LS = unicode('\u2028');
    private static final SerializableString PS = unicode('\u2029');

    static {
        for (int c = 0; c < CONTROL.length; c++) {
            CONTROL[c] = unicode(c);
        }
    }

    private static int[] asciiCodes() {
        int[] codes = standardAsciiEscapesForJSON();
        for (int c = 0; c < 0x20; c++) {
            if (c != '\n' && c != '\r' && c != '\t') {
                codes[c] = ESCAPE_CUSTOM; // Jackson's standard escape is upper-case, and \b and \f are short
            }
        }
        return codes;
    }

    private static SerializableString unicode(int c) {
        return new SerializedString(String.format("\\u%04x", c));
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII;
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
        if (ch < CONTROL.length) {
            return CONTROL[ch];
        }
        return ch == '\u2028' ? LS : ch == '\u2029' ? PS : null;
    }
}
