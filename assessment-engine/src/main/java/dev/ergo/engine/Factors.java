package dev.ergo.engine;

import dev.ergo.engine.internal.FactorModule;
import dev.ergo.engine.internal.FactorModules;
import dev.ergo.engine.internal.json.CsvCells;
import dev.ergo.engine.internal.json.JsonOut;
import dev.ergo.engine.internal.json.ResultSerializer;
import java.util.List;

/** The factor modules ({@link FactorModules}) and the results contract they make. */
final class Factors {
    private Factors() {}

    static final List<FactorModule> MODULES = FactorModules.ALL;

    /** The results contract, with every module's section codecs. */
    static final ResultSerializer SERIALIZER = new ResultSerializer(
            MODULES.stream().flatMap(m -> m.codecs().stream()).toList(), new UserSections());

    /** Sections of a library user's own types write themselves, as before 0.2. */
    @SuppressWarnings("removal")
    private static final class UserSections implements ResultSerializer.Fallback {
        @Override
        public void writeJson(ResultSection section, JsonOut out) {
            section.writeJson(new JsonWriter(out));
        }

        @Override
        public void writeCsv(ResultSection section, CsvCells cells) {
            section.writeCsv(new CsvRow(cells));
        }
    }
}
