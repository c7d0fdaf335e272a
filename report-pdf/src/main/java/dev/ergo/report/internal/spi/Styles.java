package dev.ergo.report.internal.spi;

import dev.ergo.engine.Risk;
import dev.ergo.model.text.Texts;
import java.awt.Color;
import org.apiguardian.api.API;

/**
 * Colours and number formats shared by all renderers, so that every section looks alike.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Styles {
    private Styles() {}

    /** Green of the LOW light (white text passes WCAG AA on it). */
    public static final Color GREEN = new Color(0x1B, 0x6E, 0x20);
    /** Amber of the MEDIUM light (black text on it). */
    public static final Color AMBER = new Color(0xF2, 0xA9, 0x00);
    /** Red of the HIGH light (white text on it). */
    public static final Color RED = new Color(0xB7, 0x1C, 0x1C);
    /** Grey for lights that were not given. */
    public static final Color GREY = new Color(0x61, 0x61, 0x61);
    /** Light green for backgrounds. */
    public static final Color GREEN_TINT = new Color(0xE3, 0xF1, 0xE4);
    /** Light amber for backgrounds. */
    public static final Color AMBER_TINT = new Color(0xFD, 0xF0, 0xCF);
    /** Light red for backgrounds. */
    public static final Color RED_TINT = new Color(0xF8, 0xDE, 0xDC);
    /** Table header background. */
    public static final Color HEADER_TINT = new Color(0xEC, 0xEF, 0xF1);
    /** Table rules and box outlines. */
    public static final Color RULE = new Color(0x9E, 0xA7, 0xAD);
    /** Secondary text. */
    public static final Color MUTED = new Color(0x45, 0x4F, 0x55);
    /** Main text. */
    public static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    /** Darker amber for lines and marks on white, where the light's amber would be too faint. */
    public static final Color AMBER_LINE = new Color(0xC7, 0x7C, 0x00);
    /** Outline of advice boxes (blue). */
    public static final Color ADVICE = new Color(0x1F, 0x4E, 0x8C);
    /** Background of an advice box's title (light blue). */
    public static final Color ADVICE_TINT = new Color(0xE3, 0xEC, 0xF7);
    /** Chart grid lines. */
    public static final Color GRID = new Color(0xC5, 0xCB, 0xCF);
    /** Minor chart grid lines. */
    public static final Color GRID_LIGHT = new Color(0xE2, 0xE6, 0xE8);

    /**
     * Returns the strong colour of a light.
     *
     * @param risk the light, not null
     * @return green, amber or red, not null
     */
    public static Color colour(Risk risk) {
        return switch (risk) {
            case LOW -> GREEN;
            case MEDIUM -> AMBER;
            case HIGH -> RED;
        };
    }

    /**
     * Returns the background tint of a light.
     *
     * @param risk the light, not null
     * @return the tint, not null
     */
    public static Color tint(Risk risk) {
        return switch (risk) {
            case LOW -> GREEN_TINT;
            case MEDIUM -> AMBER_TINT;
            case HIGH -> RED_TINT;
        };
    }

    /**
     * Returns the text colour that reads well on a light's strong colour.
     *
     * @param risk the light, not null
     * @return white on green and red, black on amber, not null
     */
    public static Color textOn(Risk risk) {
        return risk == Risk.MEDIUM ? Color.BLACK : Color.WHITE;
    }

    /**
     * Formats a number with at most one decimal in a language: {@code 50.7}, {@code 50,7}, {@code 19}.
     *
     * @param texts the language's texts, not null
     * @param value the number
     * @return the text, not null
     * @since 0.2
     */
    public static String number(Texts texts, double value) {
        return texts.number(value, 1);
    }

    /**
     * Formats a number with a fixed count of decimals in a language: {@code 0.86}, {@code 0,86},
     * {@code 1.00}; trailing zeros are kept, "-0" is never printed.
     *
     * @param texts the language's texts, not null
     * @param value the number
     * @param decimals the decimals, 0 or more
     * @return the text, not null
     * @since 0.2
     */
    public static String fixed(Texts texts, double value, int decimals) {
        String s = texts.number(value, decimals);
        if (decimals == 0) {
            return s;
        }
        String half = texts.number(0.5, 1);
        char mark = half.charAt(half.length() - 2);
        int at = s.lastIndexOf(mark);
        int have = at < 0 ? 0 : s.length() - at - 1;
        StringBuilder b = new StringBuilder(s);
        if (at < 0) {
            b.append(mark);
        }
        for (int i = have; i < decimals; i++) {
            b.append('0');
        }
        return b.toString();
    }

    /**
     * Formats a length in centimetres in a language: {@code 43.5 cm}, {@code 43,5 cm}.
     *
     * @param texts the language's texts, not null
     * @param cm the length
     * @return the text, not null
     * @since 0.2
     */
    public static String cm(Texts texts, double cm) {
        return texts.text("unit.cm", "value", number(texts, cm));
    }

    /**
     * Returns the printed word of a traffic light in a language.
     *
     * @param texts the language's texts, not null
     * @param risk the light, not null
     * @return the word, such as {@code HIGH}, not null
     * @since 0.2
     */
    public static String light(Texts texts, Risk risk) {
        return texts.text("light." + risk.name());
    }

    /**
     * Returns a traffic light's word with its colour: {@code HIGH (red)}.
     *
     * @param texts the language's texts, not null
     * @param risk the light, not null
     * @return the words, not null
     * @since 0.2
     */
    public static String lightAndColour(Texts texts, Risk risk) {
        return texts.text("light.withColour", "light", light(texts, risk), "colour", texts.text("colour." + risk.name()));
    }
}
