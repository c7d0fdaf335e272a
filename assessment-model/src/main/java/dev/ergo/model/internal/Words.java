package dev.ergo.model.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The one rule for enumeration words in the survey workbook, used by the model's {@code parse}
 * methods and by the importer: a constant's word is its name in lower case with {@code -} for
 * {@code _} ({@code HAND_ARM} → {@code hand-arm}), except one-letter names, which stay ({@code F});
 * text matches a word case-insensitively, surrounding spaces ignored, {@code _} and a space read as
 * {@code -} ({@code whole body} and {@code Whole_Body} both mean {@code whole-body}).
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Words {
    private Words() {}

    /**
     * Returns the word users type for a constant.
     *
     * @param constant the constant, not null
     * @return the word, not null
     */
    public static String word(Enum<?> constant) {
        String name = constant.name();
        return name.length() == 1 ? name : name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Returns the words of every constant, in declaration order.
     *
     * @param type the enumeration, not null
     * @return the words, not null
     */
    public static List<String> words(Class<? extends Enum<?>> type) {
        return List.of(FORMS.get(type).words);
    }

    /**
     * Tells whether a text means a word.
     *
     * @param word the word, not null
     * @param text the text, not null
     * @return whether they match after normalisation
     */
    public static boolean matches(String word, String text) {
        return normalise(word).equals(normalise(text));
    }

    /**
     * Returns the constant whose word matches the text.
     *
     * @param type the enumeration, not null
     * @param text the text, not null
     * @param <E> the enumeration type
     * @return the constant, not null
     * @throws IllegalArgumentException if no word matches, naming the allowed words
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String text) {
        Forms forms = FORMS.get(type);
        String normal = normalise(text);
        for (int i = 0; i < forms.normal.length; i++) {
            if (forms.normal[i].equals(normal)) {
                return type.cast(forms.constants[i]);
            }
        }
        List<String> words = Arrays.asList(forms.words);
        String allowed = words.size() == 1
                ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
        throw new IllegalArgumentException("must be " + allowed + " but was '" + text + "'");
    }

    /** An enumeration's constants with their words and normalised words, in declaration order. */
    private static final class Forms {
        final Enum<?>[] constants;
        final String[] words;
        final String[] normal;

        Forms(Class<?> type) {
            constants = (Enum<?>[]) type.getEnumConstants();
            words = new String[constants.length];
            normal = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                words[i] = word(constants[i]);
                normal[i] = normalise(words[i]);
            }
        }
    }

    /** Made once per enumeration: the import parses a word for nearly every row. */
    private static final ClassValue<Forms> FORMS = new ClassValue<>() {
        @Override
        protected Forms computeValue(Class<?> type) {
            return new Forms(type);
        }
    };

    private static String normalise(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    }
}
