package dev.ergo.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.AssessmentOptions;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Assessor;
import dev.ergo.engine.FactorResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.Risk;
import dev.ergo.engine.office.RosaResult;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.xlsx.ImportResult;
import dev.ergo.xlsx.SurveyImporter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #15 over a generated benchmark workbook: every amber or red factor comes with an action. */
class GeneratedWorkbookActionTests {

    @Test
    void everyAmberOrRedFactorOfAGeneratedWorkbookHasAnAction(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("generated.xlsx");
        GenerateWorkbook.write(file, 120);
        ImportResult imported = SurveyImporter.create().read(file);
        assertThat(imported.surveys()).hasSize(120);
        Assessor assessor = Assessor.of(AssessmentOptions.builder().referenceDate(LocalDate.of(2026, 11, 24)).build());
        int amberOrRedFactors = 0;
        int rosaAmberOrRed = 0;
        for (EmployeeSurvey s : imported.surveys()) {
            AssessmentResult r = assessor.assess(s);
            List<Recommendation> all = r.recommendations();
            for (FactorResult f : r.factors()) {
                if (f.risk() == Risk.LOW) {
                    continue;
                }
                amberOrRedFactors++;
                boolean own = !f.recommendations().isEmpty() && all.containsAll(f.recommendations());
                boolean review = all.stream().anyMatch(rec -> rec.code().equals(AssessmentResult.ASSESSOR_REVIEW)
                        && rec.rule().startsWith(f.key() + " is " + f.risk().name()));
                assertThat(own || review).as(s.employee().id() + " " + f.key() + " " + f.risk()).isTrue();
                if (f instanceof RosaResult rosa) {
                    rosaAmberOrRed++;
                    assertThat(rosa.recommendations()).as(s.employee().id()).isNotEmpty();
                }
            }
        }
        assertThat(amberOrRedFactors).isGreaterThan(100);
        assertThat(rosaAmberOrRed).isGreaterThan(10);
    }
}
