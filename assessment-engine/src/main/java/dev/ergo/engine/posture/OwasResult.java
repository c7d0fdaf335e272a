package dev.ergo.engine.posture;

import dev.ergo.engine.Risk;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The OWAS action category of one posture code (docs/methods.md §4.3).
 *
 * <p>Traffic light: action category 1 {@link Risk#LOW}, 2 {@link Risk#MEDIUM}, 3 and 4
 * {@link Risk#HIGH}; implemented in {@link #risk()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the four-digit posture code, for example {@code 2131}, not null
 * @param back back digit, 1–4
 * @param arms arms digit, 1–3
 * @param legs legs digit, 1–7
 * @param load load digit, 1–3
 * @param actionCategory the action category, 1–4
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record OwasResult(String code, int back, int arms, int legs, int load, int actionCategory) {

    /** Checks the code. */
    public OwasResult {
        Objects.requireNonNull(code, "code must not be null");
    }

    /**
     * Returns the meaning of the action category (docs/methods.md §4.3.2).
     *
     * @return the meaning, not null
     */
    public String action() {
        return switch (actionCategory) {
            case 1 -> "normal posture, no corrective action needed";
            case 2 -> "slightly harmful, corrective actions in the near future";
            case 3 -> "distinctly harmful, corrective actions as soon as possible";
            default -> "extremely harmful, corrective actions immediately";
        };
    }

    /**
     * Returns the traffic light: action category 1 LOW, 2 MEDIUM, 3–4 HIGH.
     *
     * @return the light, not null
     */
    public Risk risk() {
        return switch (actionCategory) {
            case 1 -> Risk.LOW;
            case 2 -> Risk.MEDIUM;
            default -> Risk.HIGH;
        };
    }
}
