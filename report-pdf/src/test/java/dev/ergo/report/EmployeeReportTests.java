package dev.ergo.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.office.Dimension;
import dev.ergo.engine.office.RosaResult;
import dev.ergo.engine.office.RosaTables;
import dev.ergo.engine.office.WorkstationResult;
import dev.ergo.model.Employee;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EmployeeReportTests {
    static final LocalDate GENERATED = LocalDate.of(2026, 3, 5);
    static final ReportRenderer RENDERER = ReportRenderer.of(
            ReportOptions.builder().organisation("Acme Ltd").fixedCreationDate(GENERATED).build());

    static Stream<Arguments> people() {
        return Stream.of(
                Arguments.of("Łukasz Żółć", (Supplier<AssessmentResult>) Fixtures::polish),
                Arguments.of("Ελένη Παπαδοπούλου", (Supplier<AssessmentResult>) Fixtures::greek),
                Arguments.of("Zoë Brontë", (Supplier<AssessmentResult>) Fixtures::bronte));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("people")
    void unicodeNamesAreEmbeddedAndExtractable(String name, Supplier<AssessmentResult> result) {
        String text = Pdfs.text(RENDERER.employeeReport(result.get()));

        assertThat(text).contains(name);
    }

    @Test
    void headerNamesTheEmployeeAndTheAssessment() {
        AssessmentResult r = Fixtures.greek();
        String text = Pdfs.pageText(RENDERER.employeeReport(r), 1);

        assertThat(text).contains("Ergonomics assessment Acme Ltd","Employee ID E-1002", "Department Λογιστήριο", "Job title Accountant",
                        "Assessment date 2 March 2026", "Assessor Anna Nowak", "Generated 5 March 2026")
                .doesNotContain("Report generated"); // in the footer only
    }

    @Test
    void everyPageHasPageXOfYTheIdAndTheDate() {
        byte[] pdf = RENDERER.employeeReport(Fixtures.polish());
        int n = Pdfs.pages(pdf);

        assertThat(n).isGreaterThanOrEqualTo(2);
        for (int p = 1; p <= n; p++) {
            assertThat(Pdfs.pageText(pdf, p))
                    .containsPattern("Page " + p + " of ?" + n + "\\b")
                    .contains("Employee ID E-1001", "Generated 5 March 2026");
        }
    }

    @Test
    void oneResultWithoutSectionsGivesOneSensiblePage() {
        byte[] pdf = RENDERER.employeeReport(Fixtures.employeeOnly());
        String text = Pdfs.text(pdf);

        assertThat(Pdfs.pages(pdf)).isEqualTo(1);
        assertThat(text).contains("Page 1 of 1", "NOT SCORED", "No risk factors were recorded for this employee.",
                "Nothing to do: there are no recommendations.", ReportTexts.english().text("methods.disclaimer"))
                .doesNotContain("ROSA score:");
    }

    @Test
    void aResultWithoutSectionsButWithARejectedRowSendsTheReaderToTheNote() {
        AssessmentResult base = Fixtures.employeeOnly();
        AssessmentResult r = new AssessmentResult(base.employee(), base.assessmentDate(), List.of(), List.of(), null,
                java.util.Locale.ENGLISH, List.of(dev.ergo.model.SourceRow.of("Lifting", 6)));
        String text = Pdfs.text(RENDERER.employeeReport(r)).replace('\n', ' ');

        assertThat(text).contains("NOT SCORED", "No risk factor could be scored for this employee: see the notes",
                "Not assessed: row 6 of the Lifting sheet was rejected by the import (see problems.csv)")
                .doesNotContain("No risk factors were recorded", "No notes.");
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "en|Not assessed: row 1234 of the Lifting sheet",
        "de|Nicht bewertet: Zeile 1234 des Blatts Lifting",
        "fr|Non évalué : la ligne 1234 de la feuille Lifting",
        "es|No evaluado: la fila 1234 de la hoja Lifting",
        "pl|Nie oceniono: wiersz 1234 arkusza Lifting"})
    void aRejectedRowIsNotedFirstInTheReportsLanguage(String tag, String expected) {
        AssessmentResult base = Fixtures.polish();
        AssessmentResult r = new AssessmentResult(base.employee(), base.assessmentDate(), base.sections(),
                List.of("a note of the engine"), base.reviewDue(), java.util.Locale.forLanguageTag(tag),
                List.of(dev.ergo.model.SourceRow.of("Lifting", 1234)));
        String text = Pdfs.text(RENDERER.employeeReport(r)).replace('\n', ' ').replaceAll(" +", " ");

        assertThat(text).contains(expected);
        assertThat(text.indexOf(expected)).isLessThan(text.indexOf("a note of the engine"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("people")
    void everyRecommendationTextAppearsInOrder(String name, Supplier<AssessmentResult> supplier) {
        AssessmentResult r = supplier.get();
        String text = Pdfs.text(RENDERER.employeeReport(r));

        int from = text.indexOf("What to do");
        assertThat(from).isNotNegative();
        for (Recommendation rec : r.recommendations()) {
            int at = text.indexOf(Pdfs.normalise(rec.text()), from);
            assertThat(at).as(rec.code() + " in checklist order").isGreaterThan(from);
            from = at;
            // rules and sources sit in a narrow column and may wrap at a hyphen
            assertThat(Pdfs.squash(text)).contains(Pdfs.squash(rec.rule()), Pdfs.squash(rec.source()));
        }
    }

    @Test
    void checklistStartsWithTheHighestPriorityAndShowsKeyNumbers() {
        AssessmentResult r = Fixtures.polish();
        String text = Pdfs.text(RENDERER.employeeReport(r));

        // ROSA findings first, with the workstation's numbers where both speak about the same thing
        assertThat(r.recommendations().get(0).code()).isEqualTo("SEAT_HEIGHT");
        int first = text.indexOf(Pdfs.normalise(r.recommendations().get(0).text()));
        assertThat(first).isGreaterThan(text.indexOf("Tick each item when it is done."))
                .isLessThan(text.indexOf(Pdfs.normalise(r.recommendations().get(1).text())));
        assertThat(text).contains("Key numbers: seat height 54.4 cm", "Key numbers: footrest height 7.9 cm") // in the assessor's notes
                .doesNotContain("rosa now", "rosa if fixed");
    }

    @Test
    void rosaSectionShowsScoreScaleTableVersionAndAction() {
        AssessmentResult r = Fixtures.polish();
        RosaResult rosa = r.section(RosaResult.class).orElseThrow();
        String text = Pdfs.text(RENDERER.employeeReport(r));

        assertThat(rosa.actionRequired()).isTrue();
        assertThat(text).contains("ROSA score: " + rosa.score() + " of 10 — action required",
                "action level 5 and above", "your score " + rosa.score(),
                "Chair " + rosa.chair() + " of 10", "Monitor and telephone " + rosa.monitorPhone() + " of 9",
                "Mouse and keyboard " + rosa.mouseKeyboard() + " of 9",
                "Final ROSA score " + rosa.score() + " of 10",
                "seat height " + rosa.seatHeight() + ", seat depth " + rosa.seatDepth(),
                RosaTables.VERSION, "No item score had to be clamped");
    }

    @Test
    void rosaBelowTheActionLevelSaysSoAndClampingIsListed() {
        AssessmentResult low = Fixtures.bronte();
        String text = Pdfs.text(RENDERER.employeeReport(low));
        RosaResult rosa = low.section(RosaResult.class).orElseThrow();

        assertThat(text).contains("ROSA score: " + rosa.score() + " of 10 — below the action level 5",
                "Overall: LOW (green)");

        RosaResult clamped = new RosaResult(7, 7, 5, 3, 5, 3, 2, 2, 2, 6, 1, 7, 6, 3, 2, List.of("monitor"));
        AssessmentResult withClamp = new AssessmentResult(low.employee(), low.assessmentDate(), List.of(clamped),
                List.of());
        assertThat(Pdfs.text(RENDERER.employeeReport(withClamp)))
                .contains("Clamped to the range of its table (the item score was outside the table): monitor.");
    }

    @Test
    void overallBadgeCarriesTheWordNotOnlyTheColour() {
        String text = Pdfs.text(RENDERER.employeeReport(Fixtures.polish()));

        assertThat(text).contains("HIGH Overall: HIGH (red). Changes are needed now",
                "What the assessment found", "HIGH Office chair and computer: your ROSA score is 6 of 10");
    }

    @Test
    void workstationTargetsAndEstimatedDimensionsAreLabelled() {
        AssessmentResult r = Fixtures.polish();
        WorkstationResult w = r.section(WorkstationResult.class).orElseThrow();
        String text = Pdfs.text(RENDERER.employeeReport(r));

        assertThat(w.estimatedDimensions()).isNotEmpty();
        assertThat(text).contains("Setting Now Target How it is worked out", "Seat height 50 cm 54.4 cm",
                "Desk height (ideal) 76 cm (fixed) 68.1 cm", "Footrest height no footrest 7.9 cm",
                "Deepest seat that fits seat depth 50 cm 46 cm",
                "Lumbar support, most forward point (above the seat) none 19 cm",
                "Top edge of the screen 135 cm 135.7 cm", "(now 85 cm)",
                "Armrest height (above the seat) adjustable 24.6 cm");
        for (Dimension d : w.dimensions()) {
            String label = d.isEstimate() ? "estimated: " + d.basis() : "measured";
            assertThat(text).as(d.name()).contains(Pdfs.normalise(d.label() + " "
                    + dev.ergo.report.internal.spi.Styles.cm(ReportTexts.english(), d.valueCm()) + " " + label));
        }
    }

    @Test
    void includeNamesFalsePrintsTheIdOnly() {
        ReportRenderer anonymous = ReportRenderer.of(RENDERER.options().toBuilder().includeNames(false).build());
        String text = Pdfs.text(anonymous.employeeReport(Fixtures.polish()));

        assertThat(text).contains("Employee ID E-1001").doesNotContain("Łukasz", "Żółć", "Name ");
    }

    @Test
    void fixedCreationDateGivesIdenticalBytes() {
        AssessmentResult r = Fixtures.polish();
        ReportRenderer other = ReportRenderer.of(RENDERER.options());

        byte[] first = RENDERER.employeeReport(r);
        byte[] second = other.employeeReport(Fixtures.polish());

        assertThat(second).isEqualTo(first);
        assertThat(new String(first, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("D:20260305000000");
    }

    @Test
    void keyNumbersDoNotDependOnTheOrderOfTheValuesMap() {
        java.util.Map<String, Double> forward = new java.util.LinkedHashMap<>();
        forward.put("rwlKg", 7.0);
        forward.put("improvedRwlKg", 11.6);
        java.util.Map<String, Double> backward = new java.util.LinkedHashMap<>();
        backward.put("improvedRwlKg", 11.6);
        backward.put("rwlKg", 7.0);

        assertThat(EmployeeReport.keyNumbers(forward, ReportTexts.english())).isEqualTo(EmployeeReport.keyNumbers(backward, ReportTexts.english()))
                .isEqualTo("improved RWL 11.6 kg · RWL 7 kg");
    }

    @Test
    void withoutFixedDateTheReportIsStampedToday() {
        String text = Pdfs.text(ReportRenderer.create().employeeReport(Fixtures.bronte()));

        assertThat(text).contains("Generated " + ReportTexts.english().date(LocalDate.now())).doesNotContain("Acme Ltd");
    }

    @Test
    void thirtyRecommendationsFlowOntoMorePagesWithoutLoss() {
        AssessmentResult r = Fixtures.withManyRecommendations(30);
        byte[] pdf = RENDERER.employeeReport(r);
        int pages = Pdfs.pages(pdf);
        String all = Pdfs.text(pdf);

        assertThat(r.recommendations()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(pages).isGreaterThanOrEqualTo(3);
        for (Recommendation rec : r.recommendations()) {
            String t = Pdfs.normalise(rec.text());
            boolean onOnePage = false;
            for (int p = 1; p <= pages && !onOnePage; p++) {
                onOnePage = Pdfs.pageText(pdf, p).contains(t);
            }
            assertThat(onOnePage).as(rec.code() + " whole on one page").isTrue();
            assertThat(all.indexOf(t)).isEqualTo(all.lastIndexOf(t));
        }
    }

    @Test
    void sectionsWithoutARendererAreListedAsNotShown() {
        String text = Pdfs.text(RENDERER.employeeReport(Fixtures.withManyRecommendations(2)));

        assertThat(text).contains("Not shown in this version: lifting.");
    }

    @Test
    void longUnbrokenTextWrapsInsteadOfBeingCut() {
        String longDept = "Department-of-".repeat(12) + "End";
        String longNote = "word ".repeat(200).strip();
        AssessmentResult base = Fixtures.bronte();
        Employee e = Fixtures.employee("E-LONG", "Zoë Brontë").department(longDept).build();
        AssessmentResult r = new AssessmentResult(e, base.assessmentDate(), base.sections(), List.of(longNote));

        String text = Pdfs.text(RENDERER.employeeReport(r));

        assertThat(text.replace(" ", "")).contains(longDept).contains(longNote.replace(" ", ""));
    }

    @Test
    void longHeaderAndFooterTextsAreShortenedNotOverlapped() {
        String org = "Organisation " + "with a very long registered name ".repeat(3) + "Ltd";
        String id = "ID-" + "0123456789".repeat(6) + "X";
        AssessmentResult base = Fixtures.polish();
        Employee e = Fixtures.employee(id, "Łukasz Żółć").build();
        AssessmentResult r = new AssessmentResult(e, base.assessmentDate(), base.sections(), base.notes());
        ReportRenderer renderer = ReportRenderer.of(RENDERER.options().toBuilder().organisation(org).build());

        byte[] pdf = renderer.employeeReport(r);
        String page2 = Pdfs.pageText(pdf, 2);

        assertThat(id).hasSize(64);
        assertThat(org.length()).isLessThanOrEqualTo(ReportOptions.MAX_ORGANISATION_LENGTH);
        String page1 = Pdfs.pageText(pdf, 1);
        assertThat(page1).contains(org, "Employee ID ID-0123456789", "…"); // footer shortened
        assertThat(page1.replace(" ", "")).contains("EmployeeID" + id); // header table wraps the id whole
        assertThat(page2).contains("Ergonomics assessment · Organisation with", "…", "Generated 5 March 2026")
                .containsPattern("Page 2 of ?" + Pdfs.pages(pdf));
    }

    @Test
    void assessorNotesAndMethodsFootnoteArePrinted() {
        AssessmentResult r = Fixtures.polish();
        String text = Pdfs.text(RENDERER.employeeReport(r));

        assertThat(r.notes()).isNotEmpty();
        for (String note : r.notes()) {
            assertThat(text).contains("• " + Pdfs.normalise(note));
        }
        assertThat(text).contains("Sonne, Villalta & Andrews 2012, tables ROSA-2012/S10a",
                "docs/methods.md §3.2 (HFES 100-2007", "ANSUR II", "LOW = green, MEDIUM = amber, HIGH = red",
                "final score 1–3 LOW (green), 4 MEDIUM (amber), 5–10 HIGH (red)", ReportTexts.english().text("methods.disclaimer"));
        // methods and sources cite the document users get, not the internal specification files
        assertThat(text).contains("docs/methods.md §3.2.2 step").doesNotContain("methods-posture", "methods-lifting");
    }

    @Test
    void onlyEmbeddedDejaVuFontsAreUsed() {
        for (byte[] pdf : List.of(RENDERER.employeeReport(Fixtures.polish()),
                RENDERER.employeeReport(Fixtures.employeeOnly()))) {
            assertThat(Pdfs.fonts(pdf)).isNotEmpty()
                    .allSatisfy(f -> assertThat(f).contains("DejaVuSans").endsWith("embedded=true"));
        }
    }

    @Test
    void writeLeavesTheStreamOpenAndMatchesTheByteArray() {
        AssessmentResult r = Fixtures.greek();
        boolean[] closed = {false};
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                sink.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                sink.write(b, off, len);
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };

        RENDERER.writeEmployeeReport(r, out);

        assertThat(closed[0]).isFalse();
        assertThat(sink.toByteArray()).isEqualTo(RENDERER.employeeReport(r));
    }

    @Test
    void aFailingStreamBecomesAReportExceptionWithoutTheName() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };

        assertThatThrownBy(() -> RENDERER.writeEmployeeReport(Fixtures.polish(), broken))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("E-1001")
                .hasMessageNotContaining("Łukasz");
    }
}
