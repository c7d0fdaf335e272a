package dev.ergo.model.text;

import com.ibm.icu.text.MessagePattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A family of message bundles: one UTF-8 properties file per language, English as the root, messages
 * in ICU syntax ({@code {count, plural, one{# task} other{# tasks}}}, {@code {cm, number, 0.0}}).
 *
 * <p>Files are named {@code BASE.properties} (English) and {@code BASE_de.properties} etc. They are
 * read through an opener supplied by the module that owns them, so bundles work on the module path
 * without opening packages: {@code Messages.load("/org/example/messages", MyClass.class::getResourceAsStream)}.
 * A key missing from a language falls back to English; {@link #problems(Locale)} lists such gaps.
 *
 * <p>Instances are immutable after loading and thread-safe; {@link #in(Locale)} caches per language.
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class Messages {
    private final String baseName;
    private final Function<String, @Nullable InputStream> opener;
    private final @Nullable Messages parent;
    private final Map<String, String> english;
    private final Map<Locale, Texts> texts = new ConcurrentHashMap<>();

    private Messages(String baseName, Function<String, @Nullable InputStream> opener, @Nullable Messages parent) {
        this.baseName = baseName;
        this.opener = opener;
        this.parent = parent;
        Map<String, String> en = read("");
        if (en == null) {
            throw new IllegalArgumentException("no English message bundle " + baseName + ".properties");
        }
        this.english = en;
    }

    /**
     * Loads a family of bundles.
     *
     * @param baseName the resource path without language suffix and extension, such as
     *     {@code /dev/ergo/report/messages}; not null
     * @param opener opens a resource by absolute path, from the module that owns it; returns null when
     *     the resource does not exist; not null
     * @return the messages, not null
     * @throws IllegalArgumentException if the English file {@code baseName.properties} does not exist
     * @throws UncheckedIOException if a file cannot be read
     */
    public static Messages load(String baseName, Function<String, @Nullable InputStream> opener) {
        return new Messages(Objects.requireNonNull(baseName, "baseName"), Objects.requireNonNull(opener, "opener"), null);
    }

    /**
     * Loads a family of bundles whose keys fall back to another family's: a report's headings on top
     * of the engine's recommendation texts.
     *
     * @param baseName as in {@link #load(String, Function)}
     * @param opener as in {@link #load(String, Function)}
     * @param parent where keys not found here are looked up, not null
     * @return the messages, not null
     */
    public static Messages load(String baseName, Function<String, @Nullable InputStream> opener, Messages parent) {
        return new Messages(Objects.requireNonNull(baseName, "baseName"), Objects.requireNonNull(opener, "opener"),
                Objects.requireNonNull(parent, "parent"));
    }

    /**
     * Returns the texts in a language. An unsupported locale gets English; {@code de-AT} gets German.
     *
     * @param locale the language, not null
     * @return the texts, not null
     */
    public Texts in(Locale locale) {
        Locale language = Languages.resolve(Objects.requireNonNull(locale, "locale")).orElse(Languages.DEFAULT);
        return texts.computeIfAbsent(language, this::build);
    }

    /**
     * Returns the keys of this family (not of its parent).
     *
     * @return the English keys, sorted, not null
     */
    public Set<String> keys() {
        return Collections.unmodifiableSet(new TreeSet<>(english.keySet()));
    }

    /**
     * Lists what is wrong with one language's file compared with English: missing keys, keys English
     * does not have, placeholders that differ and messages that do not parse. A test per module calls
     * this for every supported language.
     *
     * @param language a supported language, not null
     * @return one line per problem naming the file and key; empty when the file is complete
     */
    public List<String> problems(Locale language) {
        String suffix = Languages.DEFAULT.equals(language) ? "" : "_" + language.toLanguageTag().replace('-', '_');
        String file = baseName + suffix + ".properties";
        Map<String, String> own = read(suffix);
        List<String> problems = new ArrayList<>();
        if (own == null) {
            problems.add(file + ": missing");
            return problems;
        }
        for (Map.Entry<String, String> e : english.entrySet()) {
            String translated = own.get(e.getKey());
            if (translated == null) {
                problems.add(file + ": missing key " + e.getKey());
                continue;
            }
            try {
                Set<String> want = placeholders(e.getValue());
                Set<String> got = placeholders(translated);
                if (!want.equals(got)) {
                    problems.add(file + ": " + e.getKey() + " has placeholders " + got + " but English has " + want);
                }
            } catch (IllegalArgumentException ex) {
                problems.add(file + ": " + e.getKey() + " does not parse: " + ex.getMessage());
            }
        }
        for (String k : own.keySet()) {
            if (!english.containsKey(k)) {
                problems.add(file + ": key " + k + " is not in English");
            }
        }
        return problems;
    }

    /** The argument names of an ICU message. */
    static Set<String> placeholders(String pattern) {
        MessagePattern mp = new MessagePattern(pattern);
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < mp.countParts(); i++) {
            MessagePattern.Part p = mp.getPart(i);
            if (p.getType() == MessagePattern.Part.Type.ARG_NAME || p.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                names.add(mp.getSubstring(p));
            }
        }
        return names;
    }

    private Texts build(Locale language) {
        Map<String, String> patterns = new LinkedHashMap<>(english);
        if (Languages.isPseudo(language)) {
            patterns.replaceAll((k, v) -> Pseudo.localize(v));
        } else if (!Languages.DEFAULT.equals(language)) {
            Map<String, String> own = read("_" + language.getLanguage());
            if (own != null) {
                own.forEach((k, v) -> {
                    if (english.containsKey(k)) {
                        patterns.put(k, v);
                    }
                });
            }
        }
        return new Texts(language, patterns, parent == null ? null : parent.in(language));
    }

    private @Nullable Map<String, String> read(String suffix) {
        String name = baseName + suffix + ".properties";
        try (InputStream in = opener.apply(name)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> m = new LinkedHashMap<>();
            for (String k : new TreeSet<>(p.stringPropertyNames())) {
                m.put(k, p.getProperty(k));
            }
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read message bundle " + name, e);
        }
    }

    @Override
    public String toString() {
        return "Messages[" + baseName + ", " + english.size() + " keys]";
    }
}
