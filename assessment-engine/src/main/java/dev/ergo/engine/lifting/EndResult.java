package dev.ergo.engine.lifting;

import org.apiguardian.api.API;

/**
 * The RNLE evaluated at one end of a lift (origin or destination): inputs, the six multipliers, the
 * frequency-independent RWL and the RWL.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param end {@code "origin"} or {@code "destination"}, not null
 * @param h horizontal distance used (after the 25 cm floor is applied by HM), as given
 * @param v vertical height of the hands
 * @param d vertical travel distance |V destination − V origin|
 * @param a asymmetry angle, degrees
 * @param hm horizontal multiplier
 * @param vm vertical multiplier
 * @param dm distance multiplier
 * @param am asymmetric multiplier
 * @param fm frequency multiplier
 * @param cm coupling multiplier
 * @param firwl frequency-independent RWL: LC × HM × VM × DM × AM × CM
 * @param rwl recommended weight limit: FIRWL × FM
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record EndResult(String end, double h, double v, double d, double a, double hm, double vm, double dm,
        double am, double fm, double cm, double firwl, double rwl) {

    /**
     * Creates the result. For the toolkit's own use: results come from the assessor or are read back
     * from a results line, and a minor version may add components, which changes this constructor; so
     * it is not stable API (read the components, do not call it).
     */
    @API(status = API.Status.INTERNAL, since = "0.2")
    public EndResult {}

    /**
     * Returns the multiplier that lowers the RWL most (the smallest), by name.
     *
     * @return "HM", "VM", "DM", "AM", "FM" or "CM", not null
     */
    public String weakestMultiplier() {
        String[] names = {"HM", "VM", "DM", "AM", "FM", "CM"};
        double[] values = {hm, vm, dm, am, fm, cm};
        int min = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] < values[min]) {
                min = i;
            }
        }
        return names[min];
    }
}
