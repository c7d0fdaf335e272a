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

        assertThat(text).contains("Ergonomics summary Acme Ltd","Run date 2026-03-05", "Workbook survey-2026.xlsx", "Employees in workbook 7",
                        "Employees assessed 4", "Rows rejected 2", "Problems 3 (see problems.csv)")
                .contains("HIGH (red) 2 50 %", "MEDIUM (amber) 0 0 %", "LOW (green) 1 25 %",
                        "Not scored (no factor) 1 25 %")
                .contains("2 (50 %)", "0 (0 %)", "1 (25 %)") // bar chart labels
                .contains("Page 1 of", "Workbook survey-2026.xlsx", "Generated 2026-03-05")
                .contains(EmployeeReport.DISCLAIMER, "ROSA-2012/S10a");
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

        // polish has ROSA 6, greek ROSA 5: both HIGH; ties by id
        assertThat(ids(text, "D-high", "Z-high", "C-high", "B-low", "A-none"))
                .containsExactly("D-high", "Z-high", "C-high", "B-low", "A-none");
        assertThat(text).contains("1 D-high Second Polish Finance HIGH 6 LUMBAR_SUPPORT, FOOTREST, SEAT_HEIGHT",
                "Ελένη Παπαδοπούλου", "A-none Nobody Sales not scored – –");
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

        assertThat(text).contains("The 25 of 10000 employees", "Employees assessed 10000",
                "HIGH (red) 5000 50 %", "LOW (green) 2500 25 %", "Not scored (no factor) 2500 25 %",
                "Footrests to provide 5000");
        Matcher m = Pattern.compile("\\bE\\d{5}\\b").matcher(text);
        List<String> listed = new ArrayList<>();
        while (m.find()) {
            listed.add(m.group());
        }
        // the 25 most in need are the polish copies (ROSA 6), lowest ids first: E00000, E00004, ...
        List<String> expected = new ArrayList<>();
        for (int i = 0; expected.size() < 25; i += 4) {
            expected.add(String.format("E%05d", i));
        }
        assertThat(listed).containsExactlyElementsOf(expected);
    }

    @Test
    void zeroResultsGiveAValidReport() {
        byte[] pdf = RENDERER.summaryReport(List.of(), new SummaryInfo("Empty run", RUN, "", 0, 0, 0));
        String text = Pdfs.text(pdf);

        assertThat(Pdfs.pages(pdf)).isEqualTo(1);
        assertThat(text).contains("Empty run", "Workbook not named", "Employees assessed 0", "Problems 0",
                "HIGH (red) 0 –", "No results in this run", "Nothing: no employee has a recommendation.",
                "Page 1 of 1");
    }

    @Test
    void includeNamesFalseDropsTheNameColumn() {
        ReportRenderer anonymous = ReportRenderer.of(RENDERER.options().toBuilder().includeNames(false).build());
        String text = Pdfs.text(anonymous.summaryReport(List.of(Fixtures.polish(), Fixtures.greek()), INFO));

        assertThat(text).contains("E-1001", "E-1002", "# Employee ID Department Light ROSA")
                .doesNotContain("Łukasz", "Ελένη", " Name ");
    }

    @Test
    void summaryIsDeterministicWithAFixedDate() {
        List<AssessmentResult> results = List.of(Fixtures.polish(), Fixtures.greek());

        assertThat(RENDERER.summaryReport(results, INFO)).isEqualTo(RENDERER.summaryReport(results, INFO));
    }
}
