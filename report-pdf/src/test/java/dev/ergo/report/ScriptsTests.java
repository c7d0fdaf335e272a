package dev.ergo.report;

import static dev.ergo.report.Fixtures.assess;
import static dev.ergo.report.Fixtures.employee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.model.lifting.Coupling;
import dev.ergo.model.lifting.LiftingTask;
import dev.ergo.model.posture.PostureObservation;
import dev.ergo.model.vibration.VibrationSource;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Names, departments, sites, job titles, assessors and task names in the scripts a workforce brings
 * (issue #18): what the bundled fonts cover comes out as written and in reading order; what they
 * do not cover is a visible mark, never a blank, and is reported by {@link ReportRenderer#undrawableCharacters}.
 */
class ScriptsTests {
    private static final ReportRenderer RENDERER = ReportRenderer.of(
            ReportOptions.builder().fixedCreationDate(LocalDate.of(2026, 3, 2)).build());

    /** Script, name, department, job title, site, assessor, task. */
    static List<String[]> bundledScripts() {
        return List.of(
                new String[] {"Devanagari", "अनिल कुमार", "लेखा विभाग", "लेखाकार", "मुंबई", "सुनीता शर्मा", "डिब्बे उठाना"},
                new String[] {"Thai", "สมชาย ใจดี", "ฝ่ายบัญชี", "นักบัญชี", "กรุงเทพ", "สมศรี มีสุข", "ยกกล่อง"},
                new String[] {"Hebrew", "דוד כהן", "הנהלת חשבונות", "מנהל חשבונות", "חיפה", "שרה לוי", "הרמת ארגזים"},
                new String[] {"Arabic", "محمد علي", "المحاسبة", "محاسب", "دبي", "فاطمة حسن", "رفع الصناديق"},
                new String[] {"Greek", "Ελένη Παπαδοπούλου", "Λογιστήριο", "Λογίστρια", "Αθήνα", "Νίκος Γεωργίου", "Ανύψωση"});
    }

    static AssessmentResult result(String[] s) {
        return assess(employee("E-" + s[0], s[1]).department(s[2]).jobTitle(s[3]).site(s[4]).assessor(s[5]).build(),
                LiftingTask.builder().task(s[6]).loadKg(12.0).hOriginCm(40.0).vOriginCm(30.0).vDestinationCm(100.0)
                        .frequencyPerMin(2.0).durationHours(1.0).coupling(Coupling.FAIR).build(),
                PostureObservation.builder(s[6]).upperArmDeg(60.0).lowerArmDeg(80.0).wristDeg(10.0).neckDeg(20.0)
                        .trunkDeg(30.0).build(),
                VibrationSource.ofHandArm(s[6], 4.0, 2.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledScripts")
    void everyBundledScriptIsDrawnAndReadsBackInReadingOrder(String script, String name, String department, String job,
            String site, String assessor, String task) {
        String[] s = {script, name, department, job, site, assessor, task};
        assertThat(RENDERER.undrawableCharacters(String.join(" ", s))).as("the bundled fonts cover " + script).isEmpty();
        byte[] pdf = RENDERER.employeeReport(result(s));
        String text = Pdfs.text(pdf);
        // PDFBox reads right-to-left lines back in logical order only if they were drawn in visual order
        assertThat(text).contains(name, department, job, site, assessor, task).doesNotContain(FontChainMark.MISSING);
        assertThat(Pdfs.fonts(pdf)).allSatisfy(f -> assertThat(f).endsWith("embedded=true").matches("[A-Z]{6}\\+.*"));
    }

    @Test
    void charactersNoFontHasAreMarkedAndReportedNeverBlank() {
        String[] cjk = {"CJK", "王小明", "経理部", "회계사", "東京", "김민준", "箱を運ぶ"};
        assertThat(RENDERER.undrawableCharacters("王小明 (Wang)")).isEqualTo("王小明");
        assertThat(RENDERER.undrawableCharacters("Zoë Brontë, דוד כהן, अनिल")).isEmpty();
        assertThat(RENDERER.undrawableCharacters("\u200D\t ")).isEmpty();
        byte[] pdf = RENDERER.employeeReport(result(cjk));
        String text = Pdfs.text(pdf);
        assertThat(text).contains("Name " + FontChainMark.MISSING.repeat(3)).doesNotContain("王");
    }

    @Test
    void mixedScriptsAreByteIdenticalAcrossRunsAndThreads() throws Exception {
        List<AssessmentResult> results = bundledScripts().stream().map(ScriptsTests::result).toList();
        List<byte[]> first = results.stream().map(RENDERER::employeeReport).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<byte[]>> again = results.stream().map(r -> pool.submit(() -> RENDERER.employeeReport(r))).toList();
            for (int i = 0; i < results.size(); i++) {
                assertThat(again.get(i).get()).as(results.get(i).employee().id()).isEqualTo(first.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
        // subset embedding: another script adds a few kilobytes, not the font (Noto Sans Devanagari is 229 KB)
        byte[] latin = RENDERER.employeeReport(result(new String[] {"Latin", "Anna Smith", "Accounts", "Accountant", "Leeds",
            "Tom Jones", "Lifting boxes"}));
        for (byte[] pdf : first) {
            assertThat(pdf.length).isLessThan(latin.length + 20_000);
        }
    }

    @Test
    void theSummaryDrawsEveryScriptToo() {
        List<AssessmentResult> results = bundledScripts().stream().map(ScriptsTests::result).toList();
        byte[] pdf = RENDERER.summaryReport(results, new SummaryInfo("Summary", LocalDate.of(2026, 3, 2), "survey.xlsx",
                results.size(), 0, 0));
        String text = Pdfs.text(pdf);
        for (String[] s : bundledScripts()) {
            assertThat(text).contains(s[1]);
        }
    }

    @Test
    void anAddedFontDrawsWhatTheBundledFontsLack() {
        byte[] font = TinyFont.of("ErgoTestHan", "王小明経理部東京箱を運ぶ", 0);
        ReportRenderer renderer = ReportRenderer.of(ReportOptions.builder().fixedCreationDate(LocalDate.of(2026, 3, 2))
                .addFont(font).build());
        assertThat(renderer.options().fonts()).containsExactly("ErgoTestHan");
        assertThat(renderer.undrawableCharacters("王小明 김")).isEqualTo("김");
        AssessmentResult r = result(new String[] {"Han", "王小明", "経理部", "Accountant", "東京", "Anna Nowak", "箱を運ぶ"});
        byte[] pdf = renderer.employeeReport(r);
        assertThat(Pdfs.text(pdf)).contains("Name 王小明", "経理部", "東京", "箱を運ぶ").doesNotContain(FontChainMark.MISSING);
        assertThat(Pdfs.fonts(pdf)).anySatisfy(f -> assertThat(f).matches("[A-Z]{6}\\+ErgoTestHan embedded=true"));
        assertThat(renderer.employeeReport(r)).isEqualTo(pdf);
    }

    @Test
    void aFontThatIsNoFontOrMayNotBeEmbeddedIsRefused() {
        assertThatThrownBy(() -> ReportOptions.builder().addFont("not a font".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the font is not a TrueType or OpenType font (.ttf, .otf, .ttc)");
        assertThatThrownBy(() -> ReportOptions.builder().addFont(TinyFont.of("ErgoRestricted", "王", 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("the font cannot be embedded in a PDF");
        assertThatThrownBy(() -> ReportOptions.builder().addFont(java.nio.file.Path.of("no-such-font.ttf")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("the font file no-such-font.ttf cannot be read");
    }

    /** The mark drawn for a character no font has. */
    private static final class FontChainMark {
        static final String MISSING = dev.ergo.report.internal.spi.FontChain.MISSING_TEXT;
    }
}
