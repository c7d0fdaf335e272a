package dev.ergo.model.text;

/** The en-XA pseudo-localisation: accented letters and about 40 % more text, placeholders untouched. */
final class Pseudo {
    private Pseudo() {}

    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ACCENTED = "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    private static final String[] PADDING = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
    /** Share of extra length, like the longest of the shipped languages. */
    static final double EXPANSION = 0.4;

    /**
     * Accents the literal text of an ICU message (text sits at even brace depth; argument syntax at odd
     * depth is kept) and pads it by {@link #EXPANSION}.
     */
    static String localize(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length() * 2);
        int depth = 0;
        int letters = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth % 2 == 0) {
                int k = PLAIN.indexOf(c);
                if (k >= 0) {
                    c = ACCENTED.charAt(k);
                    letters++;
                }
            }
            out.append(c);
        }
        if (letters == 0) {
            return pattern;
        }
        StringBuilder pad = new StringBuilder();
        int want = (int) Math.ceil(pattern.length() * EXPANSION);
        for (int i = 0; pad.length() < want; i++) {
            pad.append(pad.length() == 0 ? "" : " ").append(PADDING[i % PADDING.length]);
        }
        return "[" + out + " " + pad + "]";
    }
}
