package dev.ergo.report.internal.spi;

import dev.ergo.engine.ResultSection;
import dev.ergo.model.text.Texts;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A section renderer named by its section type, its bundle-key prefix and the recommendation codes
 * whose {@code action.<CODE>} words it lists: what every factor's renderer has in common.
 *
 * @param <T> the section type
 * @since 0.2
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public abstract class FactorRenderer<T extends ResultSection> implements SectionRenderer<T> {
    private final Class<T> sectionType;
    private final String keyPrefix;
    private final List<String> actionCodes;

    /**
     * Creates the renderer.
     *
     * @param sectionType the section type it draws, not null
     * @param keyPrefix the prefix of its bundle keys ({@link SectionRenderer#keyPrefix()}), not null
     * @param actionCodes the codes whose {@code action.<CODE>} words {@link #actionLabels} returns, not null
     */
    protected FactorRenderer(Class<T> sectionType, String keyPrefix, List<String> actionCodes) {
        this.sectionType = Objects.requireNonNull(sectionType, "sectionType must not be null");
        this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix must not be null");
        this.actionCodes = List.copyOf(actionCodes);
    }

    @Override
    public final Class<T> sectionType() {
        return sectionType;
    }

    @Override
    public final String keyPrefix() {
        return keyPrefix;
    }

    /** The bundle's {@code action.<CODE>} words of the renderer's codes. */
    @Override
    public Map<String, String> actionLabels(Texts texts) {
        return SectionRenderer.actionLabels(actionCodes, texts);
    }
}
