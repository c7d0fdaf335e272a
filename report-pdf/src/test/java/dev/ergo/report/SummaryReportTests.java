package dev.ergo.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.model.Employee;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SummaryReportTests {
    static final LocalDate RUN = LocalDate.of(2026, 3, 5);
    static final SummaryInfo INFO = new SummaryInfo("Ergonomics summary", RUN, "survey-2026.xlsx", 7, 2, 3);
    static final ReportRenderer RENDERER =
            ReportRenderer.of(ReportOptions.builder().fixedCreationDate(RUN).organisation("Acme Ltd").build());

    /** A copy of a result for another employee. */
    static AssessmentResult as(AssessmentResult template, String id, String name, String dept) {
        Employee e = Employee.builder(id).name(name).department(dept).build();
        return new AssessmentResult(e, template.assessmentDate(), template.sections(), template.notes());
    }

    @Test
    void showsImportCountsAndTrafficLights() {
        List<AssessmentResult> results = List.of(Fixtures.polish(), Fixtures.greek(), Fixtures.bronte(),
                Fixtures.employeeOnly());
        byte[] pdf = RENDERER.summaryReport(results, INFO);
        String text = Pdfs.text(pdf);

        assertThat(text).contains("Ergonomics summary Acme Ltd","Run date 5 March 2026", "Workbook survey-2026.xlsx", "Employees in workbook 7",
                        "Employees assessed 4", "Rows rejected 2", "Problems 3 (see problems.csv)")
                .contains("HIGH (red) 2 50 %", "MEDIUM (amber) 0 0 %", "LOW (green) 1 25 %",
                        "Not scored (no factor) 1 25 %")
                .contains("2 (50 %)", "0 (0 %)", "1 (25 %)") // bar chart labels
                .contains("Page 1 of", "Workbook survey-2026.xlsx", "Generated 5 March 2026")
                .contains(ReportTexts.english().text("methods.disclaimer"), "ROSA-2012/S10a");
        assertThat(Pdfs.fonts(pdf)).allSatisfy(f -> assertThat(f).contains("DejaVuSans").endsWith("embedded=true"));
    }

    @Test
    void listsEmployeesMostInNeedFirst() {
        List<AssessmentResult> results = List.of(
                as(Fixtures.bronte(), "B-low", "Zoë Brontë", "Sales"),
                as(Fixtures.employeeOnly(), "A-none", "Nobody", "Sales"),
                as(Fixtures.polish(), "Z-high", "Łukasz Żółć", "Finance"),
                as(Fixtures.greek(), "C-high", "Ελένη Παπαδοπούλου", "Λογιστήριο"),
                as(Fixtures.polish(), "D-high", "Second Polish", "Finance"));
        String text = Pdfs.text(RENDERER.summaryReport(results, INFO));

        // polish and greek are both HIGH with one factor at HIGH (ROSA): ties by id
        assertThat(ids(text, "D-high", "Z-high", "C-high", "B-low", "A-none"))
                .containsExactly("C-high", "D-high", "Z-high", "B-low", "A-none");
        assertThat(text).contains(
                "2 D-high Second Polish Finance HIGH HIGH ROSA 6 • Seat at 54.4 cm • Footrest 7.9 cm high • Screen top at eye"
                        + " height",
                "Ελένη Παπαδοπούλου", "B-low Zoë Brontë Sales LOW LOW ROSA 2 –", "A-none Nobody Sales not scored – –");
    }

    private static List<String> ids(String text, String... ids) {
        List<int[]> at = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            at.add(new int[] {text.indexOf(" " + ids[i] + " "), i});
        }
        at.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<String> out = new ArrayList<>();
        for (int[] a : at) {
            assertThat(a[0]).as(ids[a[1]]).isNotNegative();
            out.add(ids[a[1]]);
        }
        return out;
    }

    @Test
    void countsWhatToBuyOrChangeInPlainWords() {
        List<AssessmentResult> results = List.of(as(Fixtures.polish(), "P1", "a", "x"),
                as(Fixtures.polish(), "P2", "b", "x"), as(Fixtures.polish(), "P3", "c", "x"), Fixtures.greek(),
                Fixtures.bronte());
        String text = Pdfs.text(RENDERER.summaryReport(results, INFO));

        assertThat(text).contains("What to buy or change", "Item Employees", "Footrests to provide 4",
                "Lumbar supports/cushions to provide 3", "Seats too deep (shorten or replace) 3",
                "Lumbar supports to set 1", "Desks to adjust 1");
        assertThat(text.indexOf("Footrests to provide 4")).isLessThan(text.indexOf("Desks to adjust 1"));
    }

    @Test
    void tenThousandResultsListOnlyTheTop25() {
        AssessmentResult[] templates = {Fixtures.polish(), Fixtures.greek(), Fixtures.bronte(), Fixtures.employeeOnly()};
        List<AssessmentResult> results = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            results.add(as(templates[i % templates.length], String.format("E%05d", i), "Name " + i, "Dept " + i % 7));
        }
        byte[] pdf = RENDERER.summaryReport(results, INFO);
        String text = Pdfs.text(pdf);

        assertThat(text).contains("The 25 of 10,000 employees", "Employees assessed 10,000",
                "HIGH (red) 5,000 50 %", "LOW (green) 2,500 25 %", "Not scored (no factor) 2,500 25 %",
                "Footrests to provide 5,000");
        Matcher m = Pattern.compile("\\bE\\d{5}\\b").matcher(text);
        List<String> listed = new ArrayList<>();
        while (m.find()) {
            listed.add(m.group());
        }
        // the 25 most in need are the polish and greek copies (HIGH, one factor at HIGH), lowest ids first
        List<String> expected = new ArrayList<>();
        for (int i = 0; expected.size() < 25; i++) {
            if (i % 4 < 2) {
                expected.add(String.format("E%05d", i));
            }
        }
        assertThat(listed).containsExactlyElementsOf(expected);
    }

    @Test
    void countsEveryFactorByLight() {
        List<AssessmentResult> results = List.of(Fixtures.allFactors(), Fixtures.polish(), Fixtures.greek(),
                Fixtures.bronte(), Fixtures.lifterOnly(), Fixtures.vibrationOnly(), Fixtures.employeeOnly());
        String text = Pdfs.text(RENDERER.summaryReport(results, INFO));

        assertThat(text).contains("Traffic lights per factor", "Factor HIGH MEDIUM LOW Assessed",
                "Office (ROSA) 3 0 1 4", "Posture (RULA/REBA) 1 0 0 1", "Lifting (NIOSH) 1 0 1 2",
                "Hand-arm vibration 1 1 0 2", "Whole-body vibration 0 1 0 1", "Hand activity (TLV) 1 0 0 1",
                "Revised Strain Index 1 0 0 1", "Contact stress 1 0 0 1");
        assertThat(text.indexOf("Office (ROSA) 3")).isLessThan(text.indexOf("Posture (RULA/REBA) 1"));
        assertThat(text.indexOf("Revised Strain Index 1")).isLessThan(text.indexOf("Contact stress 1"));
    }

    @Test
    void mostInNeedShowsEachFactorsKeyFigureAndCountsHighFactors() {
        List<AssessmentResult> results = List.of(as(Fixtures.polish(), "A-rosa", "Anna", "Office"),
                as(Fixtures.vibrationOnly(), "B-hav", "Bo", "Workshop"), Fixtures.allFactors(),
                as(Fixtures.lifterOnly(), "C-lift", "Cy", "Store"));
        String text = Pdfs.text(RENDERER.summaryReport(results, INFO));

        // E-2001 has seven factors at HIGH, the others one or none
        assertThat(ids(text, "E-2001", "A-rosa", "B-hav", "C-lift")).containsExactly("E-2001", "A-rosa", "B-hav",
                "C-lift");
        assertThat(text).contains("1 E-2001 Ryszard Kowalski-Żak Warehouse HIGH HIGH ROSA 6, RULA 7/REBA 13,"
                        + " Lifting: no safe load, Hand activity above TLV, RSI 24.6, Contact hazard zone; MEDIUM HAV 3.0"
                        + " m/s², WBV 0.69 m/s²",
                "B-hav Bo Workshop HIGH HIGH HAV 5.6 m/s²", "C-lift Cy Store LOW LOW " + SummaryReport.figure(
                        Fixtures.lifterOnly().section(dev.ergo.engine.lifting.LiftingResult.class).orElseThrow(), ReportTexts.english()),
                "number of factors at HIGH (most first)");
    }

    @Test
    void whatToBuyOrChangeCoversEveryFactor() {
        List<AssessmentResult> results = List.of(Fixtures.allFactors(), Fixtures.vibrationOnly());
        String text = Pdfs.text(RENDERER.summaryReport(results, INFO));

        assertThat(text).contains("Lower-vibration tools to buy 2", "Lifting tasks to redesign: bring loads closer 1",
                "Lifting tasks to redesign before anyone lifts (no safe load) 1",
                "Knee pads, kneeling mats or knee-free tools to provide 1", "Routes and floors to smooth 1",
                "Work to raise or bring closer (bent or twisted back) 1",
                "Tasks to redesign for less hand force (tools, jigs, lighter parts) 1",
                "Tools, grips or work methods to change 1")
                .doesNotContain("Other:");
    }

    @Test
    void zeroResultsGiveAValidReport() {
        byte[] pdf = RENDERER.summaryReport(List.of(), new SummaryInfo("Empty run", RUN, "", 0, 0, 0));
        String text = Pdfs.text(pdf);

        assertThat(Pdfs.pages(pdf)).isEqualTo(2); // the methods of all nine sections start page 2
        assertThat(Pdfs.pageText(pdf, 2)).contains("Methods", ReportTexts.english().text("methods.disclaimer"), "Page 2 of 2");
        assertThat(text).contains("Empty run", "No results in this run: no factor to count.", "Workbook not named", "Employees assessed 0", "Problems 0",
                "HIGH (red) 0 –", "No results in this run", "Nothing: no employee has a recommendation.",
                "Page 1 of 2");
    }

    @Test
    void includeNamesFalseDropsTheNameColumn() {
        ReportRenderer anonymous = ReportRenderer.of(RENDERER.options().toBuilder().includeNames(false).build());
        String text = Pdfs.text(anonymous.summaryReport(List.of(Fixtures.polish(), Fixtures.greek()), INFO));

        assertThat(text).contains("E-1001", "E-1002", "# Employee ID Department Light Factors Top recommendations")
                .doesNotContain("Łukasz", "Ελένη", " Name ");
    }

    @Test
    void summaryIsDeterministicWithAFixedDate() {
        List<AssessmentResult> results = List.of(Fixtures.polish(), Fixtures.greek());

        assertThat(RENDERER.summaryReport(results, INFO)).isEqualTo(RENDERER.summaryReport(results, INFO));
    }
}
