package dev.ergo.engine;

import dev.ergo.engine.internal.contact.ContactStressModule;
import dev.ergo.engine.internal.lifting.LiftingModule;
import dev.ergo.engine.internal.office.OfficeModule;
import dev.ergo.engine.internal.posture.PostureModule;
import dev.ergo.engine.internal.repetitive.RepetitiveModule;
import dev.ergo.engine.internal.FactorModule;
import dev.ergo.engine.internal.vibration.VibrationModule;
import java.util.List;

/** The registry of factor modules, in the order their sections appear in results. Adding a factor adds one line here. */
final class Factors {
    private Factors() {}

    static final List<FactorModule> MODULES = List.of(
            new OfficeModule(),
            new PostureModule(),
            new LiftingModule(),
            new VibrationModule(),
            new RepetitiveModule(),
            new ContactStressModule());

    static List<String> csvColumns() {
        return MODULES.stream().flatMap(m -> m.csvColumns().stream()).toList();
    }
}
