package dev.ergo.engine;

import dev.ergo.engine.contact.ContactStressModule;
import dev.ergo.engine.lifting.LiftingModule;
import dev.ergo.engine.office.OfficeModule;
import dev.ergo.engine.posture.PostureModule;
import dev.ergo.engine.repetitive.RepetitiveModule;
import dev.ergo.engine.spi.FactorModule;
import dev.ergo.engine.vibration.VibrationModule;
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
