package dev.ergo.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.model.text.Languages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reports in the employee's language: no English left in the report's own words, names in any script
 * still drawn, and the longest language (the en-XA pseudo-locale, about 40 % longer) still inside the
 * page. Writes the German, Polish and en-XA all-factor reports to {@code target/report-samples} to look at.
 */
class LanguageReportTests {
    static final LocalDate FIXED = LocalDate.of(2026, 12, 4);

    /** The report's own English words (headings, furniture, verdicts), which no translated report may show. */
    static final List<String> ENGLISH_SENTINELS = List.of("What to do", "Tick each item", "What the assessment found",
            "Your set-up", "For your assessor", "Notes for the assessor", "Why each recommendation was made",
            "Employee ID", "Assessment date", "Report generated", "Job title", "Department", "Page 1 of",
            "Generated ", "Overall: ", "Methods", "Traffic lights", "This report supports", "Body part",
            "What it means", "Time to action value", "Whole day", "exposure action value", "exposure limit value",
            "Working postures:", "Lifting (NIOSH lifting equation)", "Hand-arm vibration:", "Whole-body vibration:", "Contact stress:",
            "Repetitive hand work:", "Hand and wrist strain:", "Office chair and computer", "Heights are measured",
            "Body dimensions used", "All tasks together", "December");

    /**
     * English words of the assessor's appendix that a translated report may not show: posture score
     * explanations and rules, ROSA findings, contact-stress criteria, body dimensions and how they were
     * estimated, lifting duration. (Workbook column names such as {@code neck_twisted} may stay.)
     */
    static final List<String> APPENDIX_SENTINELS = List.of("upper arm", "° flexion", "° extension", "wrist twist",
            "mainly in mid-range", "bent from the midline", "abducted (+1)", "twisted (+1)", "bent sideways", "weight bearing",
            "legs and feet", "knees ", "Hazard zone", "Caution zone", "Toolkit rule", "not a published criterion",
            "used as a hammer", "more than 2 hours a day", "kneeling more", "hard or sharp edges", "Popliteal height",
            "Elbow rest height", "Eye height", "Buttock", "estimated from stature", "regression, men", "median, men",
            "please measure", "is an estimate", "> 1 to ≤ 2 h", "duration category", "re-scored with",
            "one change at a time", "back support:", "no foot contact", "glare on the screen",
            "shoe allowance", "keyboard height", "compressed seat", "eye-to-screen", "armrest height",
            "seat depth ≤", "RNLE multiplier", "one input changed", "ranked by the RWL", "when L ≤ RWL",
            "time to EAV", "points add across", "dominant axis", "at or above the action value",
            "above the TLV line", "action-limit line", "above the Hand Activity TLV",
            "multipliers unchanged", "the rest unchanged", "posture multiplier", "NIOSH load constant",
            "provisional lines");

    static ReportRenderer renderer(Locale language) {
        return ReportRenderer.of(ReportOptions.builder().organisation("Acme Fabrication Sp. z o.o.")
                .fixedCreationDate(FIXED).language(language).build());
    }

    static Stream<Locale> translated() {
        return Languages.supported().stream().filter(l -> !l.equals(Locale.ENGLISH));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translated")
    void theAllFactorReportHasNoEnglishOfItsOwn(Locale language) {
        byte[] pdf = renderer(language).employeeReport(Fixtures.in(Fixtures.allFactors(), language));
        String text = Pdfs.text(pdf);

        assertThat(text).doesNotContain(ENGLISH_SENTINELS.toArray(String[]::new));
        String date = ReportTexts.MESSAGES.in(language).date(FIXED);
        assertThat(text).contains(date, ReportTexts.MESSAGES.in(language).text("appendix.heading"));
        int pages = Pdfs.pages(pdf);
        String pageWords = ReportTexts.MESSAGES.in(language).text("page.of", "page", "1", "total", String.valueOf(pages));
        assertThat(Pdfs.pageText(pdf, 1)).contains(pageWords);
    }

    /**
     * The whole report (employee part and appendix) of the all-factor employee assessed in the language,
     * as a run gives it: no English sentinel of either list, each one found named.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("translated")
    void theWholeReportOfAnEmployeeAssessedInTheLanguageHasNoEnglish(Locale language) {
        String text = Pdfs.squash(Pdfs.text(renderer(language).employeeReport(Fixtures.allFactors(language))));

        List<String> found = Stream.concat(ENGLISH_SENTINELS.stream(), APPENDIX_SENTINELS.stream())
                .filter(w -> text.contains(Pdfs.squash(w))).toList();
        assertThat(found).as("English in the %s report", language).isEmpty();
    }

    /** The sentinels are English the English report shows: a sentinel no report could contain proves nothing. */
    @Test
    void theAppendixSentinelsAreInTheEnglishReport() {
        String text = Pdfs.squash(Pdfs.text(renderer(Locale.ENGLISH).employeeReport(Fixtures.allFactors(Locale.ENGLISH))));

        assertThat(APPENDIX_SENTINELS.stream().filter(w -> !text.contains(Pdfs.squash(w))).toList()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translated")
    void theSummaryHasNoEnglishOfItsOwn(Locale language) {
        SummaryInfo info = new SummaryInfo(SummaryInfo.DEFAULT_TITLE, FIXED, "survey.xlsx", 3, 0, 0);
        String text = Pdfs.text(renderer(language).summaryReport(List.of(Fixtures.allFactors(), Fixtures.polish(),
                Fixtures.employeeOnly()), info));

        assertThat(text).doesNotContain("Ergonomics assessment summary", "Run date", "Employees most in need",
                "What to buy or change", "Traffic lights per factor", "Page 1 of", "Generated ", "Methods")
                .contains(ReportTexts.MESSAGES.in(language).text("summary.title"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translated")
    void aNameInAnyLatinScriptStillRenders(Locale language) {
        AssessmentResult base = Fixtures.polish();
        AssessmentResult r = new AssessmentResult(Fixtures.employee("E-7001", "Łukasz Żółć").build(),
                base.assessmentDate(), base.sections(), base.notes());
        ReportRenderer renderer = renderer(language);

        assertThat(renderer.undrawableCharacters("Łukasz Żółć")).isEmpty();
        assertThat(Pdfs.text(renderer.employeeReport(Fixtures.in(r, language)))).contains("Łukasz Żółć").doesNotContain("\uFFFD");
    }

    @Test
    void numbersAndDatesFollowTheLanguage() {
        String de = Pdfs.text(renderer(Locale.GERMAN).employeeReport(Fixtures.in(Fixtures.polish(), Locale.GERMAN)));
        assertThat(de).contains("4. Dezember 2026", "54,4 cm", "Seite 1 von");
        String pl = Pdfs.text(renderer(Locale.forLanguageTag("pl")).employeeReport(Fixtures.in(Fixtures.polish(), Locale.forLanguageTag("pl"))));
        assertThat(pl).contains("4 grudnia 2026", "54,4 cm", "Strona 1 z");
    }

    static Stream<Locale> supported() {
        return Languages.supported().stream();
    }

    /**
     * The all-factor fixture (eleven tasks, 40 checklist items, every factor) in each language, with its
     * recommendations in that language too: the employee's part fits two pages, so the assessor's part
     * starts on page 3 at the latest.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("supported")
    void theEmployeesPartFitsTwoPagesInEveryLanguage(Locale language) {
        byte[] pdf = renderer(language).employeeReport(Fixtures.in(Fixtures.allFactors(), language));
        String heading = ReportTexts.MESSAGES.in(language).text("appendix.heading");
        int appendix = 0;
        for (int p = 1; p <= Pdfs.pages(pdf) && appendix == 0; p++) {
            if (Pdfs.pageText(pdf, p).contains(heading)) {
                appendix = p;
            }
        }
        assertThat(appendix).as("page of \"%s\"", heading).isBetween(2, 3);
    }

    static Stream<Arguments> samples() {
        return Stream.of(Arguments.of("polish", Fixtures.polish()), Arguments.of("greek", Fixtures.greek()),
                Arguments.of("bronte", Fixtures.bronte()), Arguments.of("employee-only", Fixtures.employeeOnly()),
                Arguments.of("rosa-only", Fixtures.rosaOnly()), Arguments.of("all-factors", Fixtures.allFactors()),
                Arguments.of("lifter", Fixtures.lifterOnly()), Arguments.of("vibration", Fixtures.vibrationOnly()),
                Arguments.of("many", Fixtures.withManyRecommendations(30)));
    }

    /** Side margins of the reports (PdfSession), less half a point for rounding. */
    static final float SIDE = 42f - 0.5f;

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void pseudoLocaleTextStaysInsideThePage(String name, AssessmentResult result) throws IOException {
        byte[] pdf = renderer(Languages.PSEUDO).employeeReport(result);
        List<String> outside = outside(pdf);

        assertThat(outside).as(name).isEmpty();
        assertThat(overlapping(pdf)).as(name + ": text running into other text").isEmpty();
        assertThat(Pdfs.text(pdf)).as(name).contains("Ŵĥåţ ţö đö").doesNotContain("What to do");
    }

    @Test
    void pseudoLocaleSummaryStaysInsideThePage() throws IOException {
        SummaryInfo info = new SummaryInfo(SummaryInfo.DEFAULT_TITLE, FIXED, "survey.xlsx", 3, 1, 2);
        byte[] pdf = renderer(Languages.PSEUDO).summaryReport(List.of(Fixtures.allFactors(), Fixtures.polish(),
                Fixtures.employeeOnly()), info);

        assertThat(outside(pdf)).isEmpty();
        assertThat(overlapping(pdf)).isEmpty();
    }

    @Test
    void writesSamplesToLookAt() throws IOException {
        Path dir = SampleReportsTests.DIR;
        Files.createDirectories(dir);
        for (Map.Entry<String, Locale> e : Map.of("de", Locale.GERMAN, "pl", Locale.forLanguageTag("pl"), "fr",
                Locale.FRENCH, "es", Locale.forLanguageTag("es"), "en-XA", Languages.PSEUDO).entrySet()) {
            ReportRenderer r = renderer(e.getValue());
            Files.write(dir.resolve("all-factors-" + e.getKey() + ".pdf"), r.employeeReport(Languages.isPseudo(e.getValue())
                    ? Fixtures.allFactors() : Fixtures.allFactors(e.getValue())));
            Files.write(dir.resolve("summary-" + e.getKey() + ".pdf"), r.summaryReport(List.of(Fixtures.allFactors(),
                    Fixtures.polish(), Fixtures.greek(), Fixtures.lifterOnly()),
                    new SummaryInfo(SummaryInfo.DEFAULT_TITLE, FIXED, "survey.xlsx", 4, 0, 0)));
        }
        assertThat(dir.resolve("all-factors-de.pdf")).exists();
    }

    /**
     * Glyphs drawn over other glyphs on the same line: text that ran out of its cell or label into its
     * neighbour, as "page: A over B".
     */
    static List<String> overlapping(byte[] pdf) {
        List<String> out = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= d.getNumberOfPages(); page++) {
                List<TextPosition> glyphs = new ArrayList<>();
                PDFTextStripper s = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        for (TextPosition p : positions) {
                            if (p.getDir() == 0 && !p.getUnicode().isBlank()) {
                                glyphs.add(p);
                            }
                        }
                    }
                };
                s.setStartPage(page);
                s.setEndPage(page);
                s.setSortByPosition(false);
                s.getText(d);
                glyphs.sort(java.util.Comparator.comparingDouble(TextPosition::getXDirAdj));
                for (int i = 0; i < glyphs.size() && out.size() < 10; i++) {
                    TextPosition a = glyphs.get(i);
                    float end = a.getXDirAdj() + a.getWidthDirAdj();
                    for (int j = i + 1; j < glyphs.size() && glyphs.get(j).getXDirAdj() < end - 1.5f; j++) {
                        TextPosition b = glyphs.get(j);
                        float dy = Math.abs(a.getYDirAdj() - b.getYDirAdj());
                        if (dy < Math.min(a.getHeightDir(), b.getHeightDir()) * 0.8f) {
                            out.add(page + ": " + a.getUnicode() + " over " + b.getUnicode() + " at x=" + b.getXDirAdj()
                                    + ", y=" + b.getYDirAdj());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translated")
    void translatedTextDoesNotRunIntoOtherText(Locale language) {
        assertThat(overlapping(renderer(language).employeeReport(Fixtures.in(Fixtures.allFactors(), language)))).isEmpty();
    }

    /** Every glyph outside the side margins or off the page, as "page: text at x". */
    static List<String> outside(byte[] pdf) {
        List<String> out = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    float width = getCurrentPage().getMediaBox().getWidth();
                    float height = getCurrentPage().getMediaBox().getHeight();
                    for (TextPosition p : positions) {
                        if (p.getUnicode().isBlank()) {
                            continue;
                        }
                        boolean rotated = p.getDir() != 0; // a rotated axis title: its page position, not its run
                        float x = rotated ? p.getX() : p.getXDirAdj();
                        float y = rotated ? p.getY() : p.getYDirAdj();
                        float w = rotated ? 0 : p.getWidthDirAdj();
                        if (x < SIDE || x + w > width - SIDE || y < 0 || y > height) {
                            out.add(getCurrentPageNo() + ": " + text + " at x=" + x);
                            return;
                        }
                    }
                }
            };
            s.setSortByPosition(false);
            s.getText(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
