package dev.ergo.engine.internal;

import dev.ergo.engine.FactorResult;
import dev.ergo.engine.ResultSection;
import dev.ergo.engine.internal.json.SectionCodec;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A factor's key figure and method variant, for follow-up comparisons ({@code followUp.factors} and
 * {@code methodChanges} of results format 1.1). Each factor's codec says what they are
 * ({@link SectionCodec#keyFigure}, {@link SectionCodec#variant}); a factor of a library user's own type
 * has no key figure (null) and no variant.
 *
 * @since 0.2
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class KeyFigures {
    private KeyFigures() {}

    /**
     * Returns a factor's key figure.
     *
     * @param factor the factor, not null
     * @return an {@link Integer} for scores and counts, a {@link Double} for measures, or null when undefined
     */
    public static @Nullable Number of(FactorResult factor) {
        SectionCodec<?> c = FactorModules.codec(factor);
        return c == null ? null : keyFigure(c, factor);
    }

    /**
     * Returns the method variant a factor was scored with, where its method has variants whose scores
     * differ, in words for {@code methodChanges}: for example {@code "RULA Table A"} with
     * {@code "RULA_A_MC1993"}.
     *
     * @param factor the factor, not null
     * @return the variant's name and value, or null when the method has no variants
     */
    public static @Nullable Variant variant(FactorResult factor) {
        SectionCodec<?> c = FactorModules.codec(factor);
        return c == null ? null : variant(c, factor);
    }

    private static <T extends ResultSection> @Nullable Number keyFigure(SectionCodec<T> c, ResultSection s) {
        return c.keyFigure(c.type().cast(s));
    }

    private static <T extends ResultSection> @Nullable Variant variant(SectionCodec<T> c, ResultSection s) {
        return c.variant(c.type().cast(s));
    }

    /**
     * A method variant: what varies and its value.
     *
     * @param name what varies, for example {@code "RULA Table A"}, not null
     * @param value the value, for example {@code "RULA_A_CORNELL"}, not null
     */
    public record Variant(String name, String value) {}
}
