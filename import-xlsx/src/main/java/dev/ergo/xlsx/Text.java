package dev.ergo.xlsx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by the reader and the template. */
final class Text {
    private Text() {}

    private static final Pattern HEADER_SEPARATORS = Pattern.compile("[\\s\\u00A0\\-_]+");

    /** Trims spaces, including non-breaking ones, from both ends. */
    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Normalises a header: trimmed, lower case, runs of spaces, hyphens and underscores become one {@code _}. */
    static String header(String raw) {
        String t = trim(raw).toLowerCase(Locale.ROOT);
        return HEADER_SEPARATORS.matcher(t).replaceAll("_");
    }

    /** Formats a number as a person would write it: {@code 1042}, {@code 12.5}, never {@code 1042.0}. */
    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).round(MathContext.DECIMAL64).stripTrailingZeros().toPlainString();
    }

    /** Formats a number for a message, rounded to at most 4 decimals. */
    static String rounded(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        return number(BigDecimal.valueOf(v).setScale(4, java.math.RoundingMode.HALF_UP).doubleValue());
    }

    /** Joins words as "a, b or c". */
    static String orList(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    /**
     * Quotes typed text for a message only when it cannot be a name: no letters and short.
     *
     * @return {@code ": '12,5'"} or empty
     */
    static String echo(String typed) {
        String t = trim(typed);
        if (t.isEmpty() || t.length() > 20 || t.codePoints().anyMatch(Character::isLetter)) {
            return "";
        }
        return " '" + t + "'";
    }
}
