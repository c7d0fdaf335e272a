package dev.ergo.engine.lifting;

import dev.ergo.model.SourceRow;
import dev.ergo.model.lifting.Coupling;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One lifting task scored with the RNLE: both ends when significant control applies, the governing
 * (lower) RWL, the lifting index and the multi-task indices FIRWL, STRWL, FILI and STLI (docs/methods.md §5.5, §5.7).
 *
 * <p>An RWL of 0 ("no safe load": H over 63 cm, V over 175 cm, A over 135° or F over the column's
 * maximum) gives a null LI and {@link #noSafeLoad()} true, never a division error.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param task the task label, not null
 * @param loadKg average load L
 * @param loadMaxKg maximum load, for FILI
 * @param frequencyPerMin lifts per minute as given
 * @param coupling the coupling class as surveyed, not null
 * @param origin the RNLE at the origin, not null
 * @param destination the RNLE at the destination when significant control applies, else null
 * @param duration the duration category used, not null
 * @param loadConstantKg the load constant used
 * @param sourceRow the workbook row, or null
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record LiftingTaskResult(String task, double loadKg, double loadMaxKg, double frequencyPerMin, Coupling coupling,
        EndResult origin, @Nullable EndResult destination, DurationCategory duration, double loadConstantKg,
        @Nullable SourceRow sourceRow) {

    /**
     * Creates the result. For the toolkit's own use: results come from the assessor or are read back
     * from a results line, and a minor version may add components, which changes this constructor; so
     * it is not stable API (read the components, do not call it).
     */
    @API(status = API.Status.INTERNAL, since = "0.2")
    public LiftingTaskResult {}

    /** @return the end whose RWL governs: the destination when its RWL is lower, else the origin */
    public EndResult governing() {
        return destination != null && destination.rwl() < origin.rwl() ? destination : origin;
    }

    /** @return the recommended weight limit, kg (STRWL) */
    public double rwl() {
        return governing().rwl();
    }

    /** @return the frequency-independent RWL of the governing end, kg */
    public double firwl() {
        return governing().firwl();
    }

    /** @return the single-task RWL, equal to {@link #rwl()} */
    public double strwl() {
        return rwl();
    }

    /** @return true when the RWL is 0 */
    public boolean noSafeLoad() {
        return !(rwl() > 0);
    }

    /** @return LI = L / RWL, or null when the RWL is 0 */
    public @Nullable Double li() {
        return rwl() > 0 ? loadKg / rwl() : null;
    }

    /** @return STLI = L / STRWL, equal to {@link #li()} */
    public @Nullable Double stli() {
        return li();
    }

    /** @return FILI = L max / FIRWL, or null when the FIRWL is 0 */
    public @Nullable Double fili() {
        return firwl() > 0 ? loadMaxKg / firwl() : null;
    }
}
