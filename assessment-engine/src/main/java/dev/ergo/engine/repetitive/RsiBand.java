package dev.ergo.engine.repetitive;

import dev.ergo.engine.Risk;
import org.apiguardian.api.API;

/**
 * The risk band of a Revised Strain Index score, and its traffic light.
 *
 * <p>Bands (docs/methods.md §7.3 and §10 item 8; both cut-offs are toolkit conventions): at most
 * {@link RevisedStrainIndex#SAFE_MAX} (3, where Garg et al. 2017 report agreement with the 1995 SI's
 * "safe") {@link #LOW_RISK}; above {@link RevisedStrainIndex#HAZARDOUS_ABOVE} (10, the commonly quoted
 * but UNCONFIRMED RSI hazard threshold) {@link #HAZARDOUS}; in between {@link #INCREASED_RISK}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum RsiBand {
    /** RSI ≤ 3: green. */
    LOW_RISK(Risk.LOW),
    /** 3 &lt; RSI ≤ 10: amber. */
    INCREASED_RISK(Risk.MEDIUM),
    /** RSI &gt; 10: red. */
    HAZARDOUS(Risk.HIGH);

    private final Risk risk;

    RsiBand(Risk risk) {
        this.risk = risk;
    }

    /**
     * Returns the band of a score: at 3 still low, at 10 still increased.
     *
     * @param rsi the score, at least 0
     * @return the band, not null
     */
    public static RsiBand of(double rsi) {
        if (rsi > RevisedStrainIndex.HAZARDOUS_ABOVE) {
            return HAZARDOUS;
        }
        return rsi > RevisedStrainIndex.SAFE_MAX ? INCREASED_RISK : LOW_RISK;
    }

    /**
     * Returns the traffic light of this band.
     *
     * @return the light, not null
     */
    public Risk risk() {
        return risk;
    }

    /**
     * Returns the highest score still in the band below this one: the target that advice aims for.
     *
     * @return 10 for hazardous, 3 for increased risk, 3 for low risk
     */
    public double target() {
        return this == HAZARDOUS ? RevisedStrainIndex.HAZARDOUS_ABOVE : RevisedStrainIndex.SAFE_MAX;
    }
}
