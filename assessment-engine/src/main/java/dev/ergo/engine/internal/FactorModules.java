package dev.ergo.engine.internal;

import dev.ergo.engine.ResultSection;
import dev.ergo.engine.internal.contact.ContactStressModule;
import dev.ergo.engine.internal.json.SectionCodec;
import dev.ergo.engine.internal.lifting.LiftingModule;
import dev.ergo.engine.internal.office.OfficeModule;
import dev.ergo.engine.internal.posture.PostureModule;
import dev.ergo.engine.internal.repetitive.RepetitiveModule;
import dev.ergo.engine.internal.vibration.VibrationModule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The registry of factor modules, in the order their sections appear in results. Adding a factor adds
 * one line here.
 *
 * @since 0.2
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class FactorModules {
    private FactorModules() {}

    /** Every factor module, in result order. */
    public static final List<FactorModule> ALL = List.of(
            new OfficeModule(),
            new PostureModule(),
            new LiftingModule(),
            new VibrationModule(),
            new RepetitiveModule(),
            new ContactStressModule());

    private static final Map<Class<?>, SectionCodec<?>> BY_TYPE = byType();

    private static Map<Class<?>, SectionCodec<?>> byType() {
        Map<Class<?>, SectionCodec<?>> m = new HashMap<>();
        ALL.forEach(f -> f.codecs().forEach(c -> m.put(c.type(), c)));
        return Map.copyOf(m);
    }

    /**
     * Returns the codec of a section's type.
     *
     * @param section the section, not null
     * @return the codec, or null for a section of a library user's own type
     */
    public static @Nullable SectionCodec<?> codec(ResultSection section) {
        return BY_TYPE.get(section.getClass());
    }
}
