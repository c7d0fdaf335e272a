package dev.ergo.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.model.office.RosaChecklist;
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
        });
        assertThat(r.sheets()).containsExactly(new SheetSummary("Employees", 300, 300, 0),
                new SheetSummary("Workstation", 300, 300, 0), new SheetSummary("ROSA", 300, 300, 0));
    }
}
