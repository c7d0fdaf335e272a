package dev.ergo.engine;

import dev.ergo.engine.office.OfficeModule;
import dev.ergo.engine.posture.PostureModule;
import dev.ergo.engine.spi.FactorModule;
import java.util.List;

/** The registry of factor modules, in the order their sections appear in results. Adding a factor adds one line here. */
final class Factors {
    private Factors() {}

    static final List<FactorModule> MODULES = List.of(new OfficeModule(), new PostureModule());

    static List<String> csvColumns() {
        return MODULES.stream().flatMap(m -> m.csvColumns().stream()).toList();
    }
}
