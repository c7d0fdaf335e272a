package dev.ergo.model.text;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The languages ergo's texts ship in, and how a language tag from a workbook or command line maps to
 * one of them.
 *
 * <p>A tag is matched on its language: {@code de-AT} and {@code de-CH} read German. The pseudo-locale
 * {@code en-XA} (accented, about 40 % longer English) exists to test layouts and is never chosen for
 * a tag that does not name it exactly.
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class Languages {
    private Languages() {}

    /** The default and fallback language: English. */
    public static final Locale DEFAULT = Locale.ENGLISH;

    /** The pseudo-locale for layout tests: accented English, about 40 % longer. */
    public static final Locale PSEUDO = Locale.forLanguageTag("en-XA");

    private static final List<Locale> SUPPORTED = List.of(
            Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("es"), Locale.forLanguageTag("pl"));

    /**
     * Returns the supported languages, English first.
     *
     * @return the languages as bare language locales ({@code en}, {@code de}, ...), not null
     */
    public static List<Locale> supported() {
        return SUPPORTED;
    }

    /**
     * Returns the supported language for a BCP 47 tag.
     *
     * @param tag a tag such as {@code de}, {@code de-AT} or {@code pl}; case and {@code _} for {@code -}
     *     are tolerated
     * @return the supported language, or empty when the tag is blank, malformed or names a language
     *     without a translation
     */
    public static Optional<Locale> resolve(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build();
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
        return resolve(locale);
    }

    /**
     * Returns the supported language for a locale.
     *
     * @param locale the locale, not null
     * @return the supported language ({@link #PSEUDO} for {@code en-XA}), or empty if none
     */
    public static Optional<Locale> resolve(Locale locale) {
        if (PSEUDO.equals(locale)) {
            return Optional.of(PSEUDO);
        }
        for (Locale l : SUPPORTED) {
            if (l.getLanguage().equals(locale.getLanguage())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns whether a locale is the layout-testing pseudo-locale.
     *
     * @param locale the locale, not null
     * @return true for {@code en-XA}
     */
    public static boolean isPseudo(Locale locale) {
        return PSEUDO.equals(locale);
    }
}
