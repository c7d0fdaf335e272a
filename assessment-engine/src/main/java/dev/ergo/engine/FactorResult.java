package dev.ergo.engine;

import org.apiguardian.api.API;

/**
 * A result section that scores a risk factor and so has a traffic light.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface FactorResult extends ResultSection {

    /**
     * Returns the traffic light of this factor.
     *
     * @return the light, not null
     */
    Risk risk();

    /**
     * Returns the method's name and reference as printed in reports, for example
     * {@code "ROSA (Sonne, Villalta & Andrews 2012)"}.
     *
     * @return the method, not null
     */
    String method();
}
