package dev.ergo.xlsx;

import static dev.ergo.xlsx.TestBook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ergo.xlsx.ImportProblem.Severity;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional {@code language} column of the Employees sheet (survey-workbook v1.1). */
class LanguageColumnTests {
    @TempDir
    Path dir;

    private ImportResult read(TestBook book) {
        return SurveyImporter.create().read(book.write(dir));
    }

    @Test
    void supportedTagsAndRegionalVariantsAreRead() {
        ImportResult r = read(TestBook.create().sheet("Employees", row("employee_id", "language"),
                row("E1", "de"), row("E2", "de-AT"), row("E3", " PL "), row("E4", null), row("E5", "pt")));
        assertThat(r.problems()).extracting(ImportProblem::severity, ImportProblem::cell)
                .containsExactly(tuple(Severity.WARNING, "B6"));
        assertThat(r.surveys()).extracting(s -> s.employee().language())
                .containsExactly(Locale.GERMAN, Locale.forLanguageTag("de-AT"), Locale.forLanguageTag("pl"), null, null);
    }

    @Test
    void aTagWithoutTranslationIsAWarningNamingTheTagAndTheFallback() {
        ImportResult r = read(TestBook.create().sheet("Employees", row("employee_id", "language"), row("E1", "ja")));
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.surveys()).hasSize(1);
        assertThat(r.surveys().get(0).employee().language()).isNull();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.sheet()).isEqualTo("Employees");
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("language");
            assertThat(p.cell()).isEqualTo("B2");
            assertThat(p.message()).contains("ja").contains("en, de, fr, es, pl").contains("run's language");
        });
    }

    @Test
    void aMalformedTagIsAWarningToo() {
        ImportResult r = read(TestBook.create().sheet("Employees", row("employee_id", "language"), row("E1", "German!")));
        assertThat(r.surveys()).hasSize(1);
        assertThat(r.problems()).extracting(ImportProblem::severity, ImportProblem::message)
                .containsExactly(tuple(Severity.WARNING, "\"German!\" is not a language tag (such as en, de, fr, es, pl);"
                        + " the report is written in the run's language (ergo assess --lang, English by default)"));
    }
}
