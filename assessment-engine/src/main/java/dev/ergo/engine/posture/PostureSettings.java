package dev.ergo.engine.posture;

import dev.ergo.engine.Setting;
import org.apiguardian.api.API;

/**
 * The posture factor's settings for {@link dev.ergo.engine.AssessmentOptions.Builder#set}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class PostureSettings {
    private PostureSettings() {}

    /** The RULA Table A version: McAtamney &amp; Corlett 1993 unless changed to the Cornell variant. */
    public static final Setting<RulaTableA> RULA_TABLE_A =
            Setting.of("posture.rulaTableA", RulaTableA.class, PostureConventions.DEFAULT_TABLE_A);
}
