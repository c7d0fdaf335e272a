package dev.ergo.engine.lifting;

import dev.ergo.engine.internal.EngineTexts;
import dev.ergo.model.Employee;
import dev.ergo.model.Sex;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Chooses the load constant (reference mass) of the lifting equation for an employee.
 *
 * <p>The default is the NIOSH load constant, 23 kg (docs/methods.md §5.8). ISO 11228-1 keeps the RNLE's
 * multipliers but replaces 23 kg with a reference mass chosen by target population ("commonly 25 kg for
 * the adult working population", §5.8 — UNCONFIRMED: the standard was not retrieved). Its masses by sex
 * and age are not in docs/methods.md, so {@link #bySexAndAge} takes them from the user, who names
 * their source in the label; the result always states which constant was used.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface LoadConstant {

    /** The NIOSH load constant: 23 kg (L1 p.7). */
    LoadConstant NIOSH = fixed(EngineTexts.NIOSH_LOAD_CONSTANT_KG, EngineTexts.english().text(EngineTexts.NIOSH_LOAD_CONSTANT));

    /**
     * Returns the reference mass for an employee.
     *
     * @param employee the employee, not null
     * @return the mass in kg, positive
     */
    double kg(Employee employee);

    /**
     * Describes the constant for reports, for example {@code "NIOSH load constant 23 kg"}.
     *
     * @param employee the employee, not null
     * @return the description, not null
     */
    String describe(Employee employee);

    /**
     * Returns one reference mass for everyone.
     *
     * @param kg the mass, 1 to 50 kg
     * @param label the description, naming the source, not null
     * @return the load constant, not null
     * @throws IllegalArgumentException if the mass is out of range
     */
    static LoadConstant fixed(double kg, String label) {
        check(kg, "kg");
        Objects.requireNonNull(label, "label must not be null");
        return new LoadConstant() {
            @Override
            public double kg(Employee employee) {
                return kg;
            }

            @Override
            public String describe(Employee employee) {
                return label;
            }
        };
    }

    /**
     * Returns reference masses by sex and age band, as ISO 11228-1 applications specify them. An employee
     * whose sex (F or M) or age is not recorded gets the lowest of the four masses (the most protective).
     *
     * @param maleAdult men from {@code youngBelow} to {@code olderFrom − 1} years, kg
     * @param femaleAdult women in the same band, kg
     * @param maleYoungOrOlder men below {@code youngBelow} or from {@code olderFrom} years, kg
     * @param femaleYoungOrOlder women in those bands, kg
     * @param youngBelow the age below which the young band applies
     * @param olderFrom the age from which the older band applies
     * @param source the source of the masses, printed in reports, not null
     * @return the load constant, not null
     * @throws IllegalArgumentException if a mass is out of 1–50 kg or the ages are not ordered
     */
    static LoadConstant bySexAndAge(double maleAdult, double femaleAdult, double maleYoungOrOlder,
            double femaleYoungOrOlder, int youngBelow, int olderFrom, String source) {
        check(maleAdult, "maleAdult");
        check(femaleAdult, "femaleAdult");
        check(maleYoungOrOlder, "maleYoungOrOlder");
        check(femaleYoungOrOlder, "femaleYoungOrOlder");
        if (youngBelow >= olderFrom) {
            throw new IllegalArgumentException("youngBelow must be below olderFrom but was " + youngBelow + " >= " + olderFrom);
        }
        Objects.requireNonNull(source, "source must not be null");
        double lowest = Math.min(Math.min(maleAdult, femaleAdult), Math.min(maleYoungOrOlder, femaleYoungOrOlder));
        return new LoadConstant() {
            @Override
            public double kg(Employee e) {
                Sex sex = e.sex();
                Integer age = e.age();
                if (age == null || sex == null || sex == Sex.X) {
                    return lowest;
                }
                boolean adult = age >= youngBelow && age < olderFrom;
                return sex == Sex.M ? (adult ? maleAdult : maleYoungOrOlder) : (adult ? femaleAdult : femaleYoungOrOlder);
            }

            @Override
            public String describe(Employee e) {
                boolean fallback = e.age() == null || e.sex() == null || e.sex() == Sex.X;
                return "reference mass " + EngineTexts.english().number(kg(e), 1, false) + " kg by sex and age (" + source + ")"
                        + (fallback ? "; sex or age not recorded, lowest mass used" : "");
            }
        };
    }

    private static void check(double kg, String name) {
        if (!(kg >= 1 && kg <= 50)) {
            throw new IllegalArgumentException(name + " must be between 1 and 50 kg but was " + kg);
        }
    }
}
