package dev.ergo.engine;

import dev.ergo.engine.internal.FactorModule;
import dev.ergo.engine.internal.contact.ContactStressModule;
import dev.ergo.engine.internal.json.CsvCells;
import dev.ergo.engine.internal.json.JsonOut;
import dev.ergo.engine.internal.json.ResultSerializer;
import dev.ergo.engine.internal.lifting.LiftingModule;
import dev.ergo.engine.internal.office.OfficeModule;
import dev.ergo.engine.internal.posture.PostureModule;
import dev.ergo.engine.internal.repetitive.RepetitiveModule;
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
