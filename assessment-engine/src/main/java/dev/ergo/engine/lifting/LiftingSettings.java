package dev.ergo.engine.lifting;

import dev.ergo.engine.Setting;
import org.apiguardian.api.API;

/**
 * The lifting factor's settings for {@link dev.ergo.engine.AssessmentOptions.Builder#set}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class LiftingSettings {
    private LiftingSettings() {}

    /** The load constant: {@link LoadConstant#NIOSH} (23 kg) unless changed. */
    public static final Setting<LoadConstant> LOAD_CONSTANT =
            Setting.of("lifting.loadConstant", LoadConstant.class, LoadConstant.NIOSH);
}
