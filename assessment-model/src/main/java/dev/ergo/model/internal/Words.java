package dev.ergo.model.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Parses the words of an enumeration column the way the survey workbook defines them: case-insensitive,
 * surrounding spaces ignored, {@code _} read as {@code -}.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Words {
    private Words() {}

    /**
     * Returns the constant whose word matches the text.
     *
     * @param type the enumeration, not null
     * @param text the text, not null
     * @param word the word of each constant as the workbook spells it, not null
     * @param <E> the enumeration type
     * @return the constant, not null
     * @throws IllegalArgumentException if no word matches, naming the allowed words
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String text, Function<E, String> word) {
        String t = normalise(text);
        List<String> words = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            String w = word.apply(e);
            if (normalise(w).equals(t)) {
                return e;
            }
            words.add(w);
        }
        String allowed = words.size() == 1
                ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
        throw new IllegalArgumentException("must be " + allowed + " but was '" + text + "'");
    }

    private static String normalise(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
