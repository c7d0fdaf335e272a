package dev.ergo.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.model.lifting.LiftingTask;
import dev.ergo.model.office.RosaChecklist;
import dev.ergo.model.posture.PostureObservation;
import dev.ergo.model.office.Workstation;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LargeWorkbookTests {
    @TempDir
    Path dir;

    @Test
    void generatedWorkbookImportsCleanly() throws IOException {
        Path file = dir.resolve("large.xlsx");
        LargeWorkbookGenerator.write(file, 300);
        ImportResult r = Fixtures.read(file);
        assertThat(r.problems()).as(Fixtures.dump(r)).isEmpty();
        assertThat(r.surveys()).hasSize(300);
        assertThat(r.surveys()).allSatisfy(s -> {
            assertThat(s.section(Workstation.class)).isPresent();
            assertThat(s.section(RosaChecklist.class)).isPresent();
            assertThat(s.sections(PostureObservation.class)).hasSize(1);
        });
        assertThat(r.surveys().get(2).sections(LiftingTask.class)).hasSize(2);
        assertThat(r.sheets()).containsExactly(new SheetSummary("Employees", 300, 300, 0),
                new SheetSummary("Workstation", 300, 300, 0), new SheetSummary("ROSA", 300, 300, 0),
                new SheetSummary("Postures", 300, 300, 0), new SheetSummary("Lifting", 200, 200, 0),
                new SheetSummary("Vibration", 100, 100, 0), new SheetSummary("Repetitive", 100, 100, 0),
                new SheetSummary("ContactStress", 100, 100, 0));
    }
}
