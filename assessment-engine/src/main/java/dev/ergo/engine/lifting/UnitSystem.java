package dev.ergo.engine.lifting;

import org.apiguardian.api.API;

/**
 * The RNLE's computation system. Its metric and U.S. constants are not exact conversions of each other
 * (docs/methods.md §5.1, §9.3 item 1), so one task computed in both gives slightly different RWLs. The
 * workbook is always computed in {@link #METRIC}; {@link #US_CUSTOMARY} serves library users and the
 * published U.S. examples.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum UnitSystem {
    /** cm and kg: LC 23 kg, HM 25/H, VM 1 − 0.003·|V − 75|, DM 0.82 + 4.5/D (docs/methods.md §5.1 table, L1 p.7). */
    METRIC(23.0, 25.0, 63.0, 75.0, 0.003, 175.0, 4.5, 25.0, 175.0),
    /** inches and pounds: LC 51 lb, HM 10/H, VM 1 − 0.0075·|V − 30|, DM 0.82 + 1.8/D (docs/methods.md §5.1 table). */
    US_CUSTOMARY(51.0, 10.0, 25.0, 30.0, 0.0075, 70.0, 1.8, 10.0, 70.0);

    final double loadConstant;
    final double hMin;
    final double hMax;
    final double vOptimum;
    final double vSlope;
    final double vMax;
    final double dNumerator;
    final double dMin;
    final double dMax;

    UnitSystem(double loadConstant, double hMin, double hMax, double vOptimum, double vSlope, double vMax,
            double dNumerator, double dMin, double dMax) {
        this.loadConstant = loadConstant;
        this.hMin = hMin;
        this.hMax = hMax;
        this.vOptimum = vOptimum;
        this.vSlope = vSlope;
        this.vMax = vMax;
        this.dNumerator = dNumerator;
        this.dMin = dMin;
        this.dMax = dMax;
    }

    /** @return the NIOSH load constant in this system's mass unit (23 kg or 51 lb) */
    public double loadConstant() {
        return loadConstant;
    }

    /** @return the vertical height that splits the FM and CM columns (75 cm or 30 in, Tables 5 and 7) */
    public double couplingSplitHeight() {
        return vOptimum;
    }
}
