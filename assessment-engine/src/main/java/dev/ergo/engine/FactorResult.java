package dev.ergo.engine;

import dev.ergo.model.text.Message;

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

    /**
     * Names what drove this factor's light, in the employee's words, for the assessor-review item that
     * an amber or red factor without any recommendation gets, for example {@code "your ROSA score of 5"}.
     *
     * @return a short noun phrase, not null; by default "the &lt;factor&gt; result"
     * @since 0.2
     */
    default String driver() {
        StringBuilder b = new StringBuilder("the ");
        for (char c : key().toCharArray()) {
            if (Character.isUpperCase(c)) {
                b.append(' ').append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.append(" result").toString();
    }

    /**
     * Names what drove this factor's light as a message of the engine's bundle, so that the
     * assessor-review item reads in the employee's language ({@link #driver()} is its English text).
     *
     * @return the key {@code driver.<factor key>} (with the factor's figures as arguments), not null
     * @since 0.2
     */
    default Message driverMessage() {
        return Message.of("driver." + key());
    }
}
