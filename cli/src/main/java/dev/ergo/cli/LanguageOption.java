package dev.ergo.cli;

import dev.ergo.model.text.Languages;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The {@code --lang TAG} option of {@code assess} and {@code template}: a language ergo has a translation for. */
final class LanguageOption {
    private LanguageOption() {}

    static final String DESCRIPTION = "Language of the texts (BCP 47 tag: en, de, fr, es or pl; de-AT reads German;"
            + " default: en). For assess, the language of employees without a language of their own on the Employees"
            + " sheet, and of employees whose language has no translation.";

    /**
     * Returns the supported language for a tag, or empty after printing a usage error that lists the
     * supported languages.
     */
    static Optional<Locale> parse(String tag, PrintWriter err) {
        Optional<Locale> language = Languages.resolve(tag).filter(l -> !Languages.isPseudo(l) || tag.equals("en-XA"));
        if (language.isEmpty()) {
            err.println("ergo: --lang: there is no translation for \"" + tag + "\"; supported languages: "
                    + Languages.supported().stream().map(Locale::toLanguageTag).collect(Collectors.joining(", ")));
        }
        return language;
    }
}
