package dev.ergo.model.text;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DecimalFormat;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.text.FieldPosition;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The messages of one family in one language, and the one formatter for numbers, dates and lists
 * people read: {@code texts.number(52.5, 1)} is {@code 52.5} in English and {@code 52,5} in German.
 *
 * <p>Get one from {@link Messages#in(Locale)}. Arguments are passed by name; a {@link LocalDate} is
 * written as a long date ("4 December 2026", "4. Dezember 2026"), a {@link Collection} as a list
 * ("A, B and C"), an {@link Enum} by its name, numbers through the message's own format
 * ({@code {cm, number, 0.0}}) or ICU's default, with plural rules from CLDR.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class Texts {
    private final Locale locale;
    /** English is written the international way: "4 December 2026", metric, as the methods' sources. */
    static final ULocale ENGLISH_FORMATS = ULocale.UK;
    /** ICU keeps spaces before a number or date style ({@code {cm, number, 0.0}}) as literal text. */
    private static final Pattern STYLE_SPACE =
            Pattern.compile("(\\{\\s*\\w+\\s*,\\s*(?:number|date|time|spellout|ordinal)\\s*,)\\s+");
    /** A day has 24 hours; a daily time above it prints as "over 24 h". */
    private static final double HOURS_PER_DAY = 24;
    /** Minutes closer than this to a whole number count as that number (floating-point rounding). */
    private static final double ROUNDING_EPSILON = 1e-6;
    private final ULocale formatting;
    private final Map<String, String> patterns;
    private final @Nullable Texts parent;
    /** Compiled messages by key, each borrowed by one thread at a time (ICU's are not thread-safe). */
    private final Map<String, MessageFormat> compiled = new ConcurrentHashMap<>();
    /** Number formats by most decimals and grouping (ICU's number formatters are immutable). */
    private final Map<Integer, LocalizedNumberFormatter> numberFormats = new ConcurrentHashMap<>();

    Texts(Locale locale, Map<String, String> patterns, @Nullable Texts parent) {
        this.locale = locale;
        this.formatting = locale.getLanguage().equals("en") ? ENGLISH_FORMATS : ULocale.forLocale(locale);
        Map<String, String> normalised = new HashMap<>();
        patterns.forEach((k, v) -> normalised.put(k, STYLE_SPACE.matcher(v).replaceAll("$1")));
        this.patterns = Map.copyOf(normalised);
        this.parent = parent;
    }

    /**
     * Returns the language these texts are in.
     *
     * @return a supported language or {@link Languages#PSEUDO}, not null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns whether a key exists here or in the parent family.
     *
     * @param key the key, not null
     * @return true if {@link #text(String, Map)} can format it
     */
    public boolean has(String key) {
        return patterns.containsKey(key) || (parent != null && parent.has(key));
    }

    /**
     * Formats a message without arguments.
     *
     * @param key the key, not null
     * @return the text, not null
     * @throws IllegalArgumentException if no family has the key (a bug: a test checks every key)
     */
    public String text(String key) {
        return text(key, Map.of());
    }

    /**
     * Formats a message with arguments given as name, value, name, value, ...
     *
     * @param key the key, not null
     * @param namesAndValues alternating names (strings) and values
     * @return the text, not null
     * @throws IllegalArgumentException if no family has the key or the arguments do not alternate
     */
    public String text(String key, @Nullable Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException(key + ": arguments must be name/value pairs, got " + namesAndValues.length);
        }
        Map<String, @Nullable Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name)) {
                throw new IllegalArgumentException(key + ": argument " + i + " must be a name");
            }
            args.put(name, namesAndValues[i + 1]);
        }
        return text(key, args);
    }

    /**
     * Formats a message.
     *
     * @param key the key, not null
     * @param args the arguments by name; null values print as nothing; not null
     * @return the text, not null
     * @throws IllegalArgumentException if no family has the key (a bug: a test checks every key)
     */
    public String text(String key, Map<String, ? extends @Nullable Object> args) {
        String pattern = patterns.get(Objects.requireNonNull(key, "key"));
        if (pattern == null) {
            if (parent != null && parent.has(key)) {
                return parent.text(key, args);
            }
            throw new IllegalArgumentException("no message " + key);
        }
        if (args.isEmpty() && pattern.indexOf('{') < 0) {
            return pattern.replace("''", "'");
        }
        Map<String, Object> converted = new HashMap<>();
        args.forEach((name, value) -> converted.put(name, convert(value)));
        MessageFormat format = compiled.remove(key);
        if (format == null) {
            format = new MessageFormat(pattern, formatting);
        }
        String text = format.format(converted);
        compiled.put(key, format);
        return text;
    }

    /**
     * Formats a message held as data.
     *
     * @param message the key and arguments, not null
     * @return the text, not null
     * @throws IllegalArgumentException if no family has the key
     */
    public String text(Message message) {
        return text(message.key(), message.args());
    }

    private Object convert(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Message m) {
            return text(m);
        }
        if (value instanceof Message.Capitalized c) {
            String t = text(c.message());
            if (t.isEmpty()) {
                return t;
            }
            int first = t.offsetByCodePoints(0, 1);
            return t.substring(0, first).toUpperCase(locale) + t.substring(first);
        }
        if (value instanceof Message.Decimal d) {
            return number(d.value(), d.maxDecimals(), d.grouping());
        }
        if (value instanceof Message.Duration d) {
            return d.below() ? durationBelow(d.hours()) : duration(d.hours());
        }
        if (value instanceof LocalDate d) {
            return date(d);
        }
        if (value instanceof Collection<?> c) {
            return list(c.stream().map(v -> String.valueOf(convert(v))).toList());
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value;
    }

    /**
     * Formats a number people read: rounded half up to at most {@code maxDecimals} places, trailing
     * zeros dropped, the language's decimal mark and grouping ({@code 1,234.5}, {@code 1.234,5}).
     *
     * @param value the number, finite
     * @param maxDecimals the most decimals shown, 0 or more
     * @return the text, not null; never "-0"
     */
    public String number(double value, int maxDecimals) {
        return number(value, maxDecimals, true);
    }

    /**
     * Formats a number people read, with or without grouping separators.
     *
     * @param value the number, finite
     * @param maxDecimals the most decimals shown, 0 or more
     * @param grouping whether thousands are grouped
     * @return the text, not null; never "-0"
     * @since 0.2
     */
    public String number(double value, int maxDecimals, boolean grouping) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(maxDecimals, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            rounded = BigDecimal.ZERO;
        }
        LocalizedNumberFormatter cached = numberFormats.get(maxDecimals * 2 + (grouping ? 1 : 0));
        if (cached != null) {
            return cached.format(rounded).toString();
        }
        NumberFormat f = numberFormat(maxDecimals, grouping);
        if (f instanceof DecimalFormat d) {
            numberFormats.put(maxDecimals * 2 + (grouping ? 1 : 0), d.toNumberFormatter());
        }
        return f.format(rounded);
    }

    private NumberFormat numberFormat(int maxDecimals, boolean grouping) {
        NumberFormat f = NumberFormat.getInstance(formatting);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(maxDecimals);
        f.setGroupingUsed(grouping);
        return f;
    }

    /**
     * Formats a daily time rounded to the nearest minute: {@code 1 h 23 min}, {@code 45 min},
     * {@code 2 h}, {@code 0 min}; above 0 but below half a minute {@code less than 1 min}; more than
     * 24 hours {@code over 24 h}. The words come from the model's own bundle, so every family has them.
     *
     * @param hours the time, hours, at least 0 (infinity is over 24 h)
     * @return the text, not null
     * @throws IllegalArgumentException if hours is negative or NaN
     * @since 0.2
     */
    public String duration(double hours) {
        checkHours(hours);
        if (hours > HOURS_PER_DAY) {
            return durationText("duration.over24");
        }
        long minutes = Math.round(hours * 60);
        return minutes == 0 && hours > 0 ? durationText("duration.lessThanMinute") : minutes(minutes);
    }

    /**
     * Formats the longest whole-minute time strictly below a limit (at the limit itself the limit is
     * reached): 0.5 h gives {@code 29 min}; a limit of 1 min or less gives {@code less than 1 min}.
     *
     * @param limitHours the limit, hours, at least 0 (infinity is over 24 h)
     * @return the text, not null
     * @throws IllegalArgumentException if the limit is negative or NaN
     * @since 0.2
     */
    public String durationBelow(double limitHours) {
        checkHours(limitHours);
        if (limitHours > HOURS_PER_DAY) {
            return durationText("duration.over24");
        }
        long minutes = (long) Math.ceil(limitHours * 60 - ROUNDING_EPSILON) - 1;
        return minutes < 1 ? durationText("duration.lessThanMinute") : minutes(minutes);
    }

    private String minutes(long minutes) {
        long h = minutes / 60;
        long m = minutes % 60;
        if (h == 0) {
            return durationText("duration.minutes", "m", m);
        }
        return m == 0 ? durationText("duration.hours", "h", h) : durationText("duration.hoursMinutes", "h", h, "m", m);
    }

    private String durationText(String key, Object... namesAndValues) {
        return Durations.MESSAGES.in(locale).text(key, namesAndValues);
    }

    private static void checkHours(double hours) {
        if (Double.isNaN(hours) || hours < 0) {
            throw new IllegalArgumentException("hours must be at least 0 but was " + hours);
        }
    }

    /** The model's duration words, loaded on first use. */
    private static final class Durations {
        static final Messages MESSAGES = Messages.load("/dev/ergo/model/text/durations", Texts.class::getResourceAsStream);
    }

    /**
     * Formats a date as the language writes it in full: "4 December 2026", "4. Dezember 2026".
     *
     * @param date the date, not null
     * @return the text, not null
     */
    public String date(LocalDate date) {
        DateFormat f = DateFormat.getDateInstance(DateFormat.LONG, formatting);
        Calendar day = Calendar.getInstance(TimeZone.GMT_ZONE, formatting);
        day.clear();
        day.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        f.setTimeZone(TimeZone.GMT_ZONE);
        return f.format(day, new StringBuffer(), new FieldPosition(0)).toString();
    }

    /**
     * Joins items as the language does: "A, B and C", "A, B und C".
     *
     * @param items the items, not null
     * @return the text, not null; empty for no items
     */
    public String list(List<String> items) {
        return ListFormatter.getInstance(formatting).format(items);
    }

    @Override
    public String toString() {
        return "Texts[" + locale.toLanguageTag() + ", " + patterns.size() + " keys]";
    }
}
