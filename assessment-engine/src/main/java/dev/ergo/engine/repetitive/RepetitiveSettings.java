package dev.ergo.engine.repetitive;

import dev.ergo.engine.Setting;
import org.apiguardian.api.API;

/**
 * The repetitive-motion factor's settings for {@link dev.ergo.engine.AssessmentOptions.Builder#set}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RepetitiveSettings {
    private RepetitiveSettings() {}

    /** The Hand Activity TLV edition: {@link HandActivityTlv#DEFAULT_EDITION} (2018) unless changed. */
    public static final Setting<HandActivityEdition> HAND_ACTIVITY_EDITION =
            Setting.of("repetitive.handActivityEdition", HandActivityEdition.class, HandActivityTlv.DEFAULT_EDITION);
}
