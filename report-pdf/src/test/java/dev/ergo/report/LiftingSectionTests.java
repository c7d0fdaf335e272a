package dev.ergo.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.lifting.EndResult;
import dev.ergo.engine.lifting.LiftingResult;
import dev.ergo.engine.lifting.LiftingTaskResult;
import dev.ergo.model.lifting.Coupling;
import dev.ergo.model.lifting.LiftingTask;
import dev.ergo.report.internal.spi.Styles;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiftingSectionTests {
    static final ReportRenderer RENDERER = EmployeeReportTests.RENDERER;

    static AssessmentResult lifting(LiftingTask... tasks) {
        return Fixtures.assess(Fixtures.employee("L-1", "Lifter").build(), tasks);
    }

    @Test
    void everyTaskShowsInputsMultipliersRwlAndLiWithTheGoverningEndMarked() {
        AssessmentResult r = Fixtures.allFactors();
        LiftingResult lift = r.section(LiftingResult.class).orElseThrow();
        String text = Pdfs.text(RENDERER.employeeReport(r));

        LiftingTaskResult boxes = lift.tasks().get(0);
        EndResult o = boxes.origin();
        EndResult d = boxes.destination();
        assertThat(d).isNotNull();
        assertThat(text).contains(
                "End H V D A HM VM DM AM FM CM RWL LI Origin 40 30 110 30 " + multipliers(o) + " " + Styles.fixed(ReportTexts.english(), o.rwl(), 1) + " "
                        + Styles.fixed(ReportTexts.english(), 12 / o.rwl(), 2),
                "Destination ◀ governs 45 140 110 0 " + multipliers(d) + " " + Styles.fixed(ReportTexts.english(), d.rwl(), 1) + " "
                        + Styles.fixed(ReportTexts.english(), 12 / d.rwl(), 2),
                "LI = 12 kg ÷ 7.0 kg = 1.72 (destination governs: its RWL is lower); FILI "
                        + Styles.fixed(ReportTexts.english(), boxes.fili(), 2),
                "Load L 12 kg (max 15 kg) · frequency F 3 lifts/min · duration > 1 to ≤ 2 h · coupling fair (CM 0.95)"
                        + " · significant control at the destination: yes, both ends scored",
                "coupling poor (CM 0.90)", "significant control at the destination: no",
                "Load constant: NIOSH load constant 23 kg");
    }

    private static String multipliers(EndResult e) {
        return String.join(" ", List.of(Styles.fixed(ReportTexts.english(), e.hm(), 2), Styles.fixed(ReportTexts.english(), e.vm(), 2), Styles.fixed(ReportTexts.english(), e.dm(), 2),
                Styles.fixed(ReportTexts.english(), e.am(), 2), Styles.fixed(ReportTexts.english(), e.fm(), 2), Styles.fixed(ReportTexts.english(), e.cm(), 2)));
    }

    @Test
    void noSafeLoadIsWordsNeverInfinity() {
        AssessmentResult r = Fixtures.allFactors();
        String all = Pdfs.text(RENDERER.employeeReport(r));
        String text = all;

        assertThat(r.section(LiftingResult.class).orElseThrow().tasks().get(1).li()).isNull();
        assertThat(text).contains("Lifting: No load can be lifted safely in \"Reach into bin\"",
                "Origin 65 70 20 0 0.00 0.99 1.00 1.00 0.88 0.90 0.0 no safe load",
                "LI: no safe load. The recommended weight limit is 0 kg because the hands are 65 cm in front of the"
                        + " body (over 63 cm)",
                "Reach into bin 5 1 0.0 0.0 no safe load no safe load HIGH");
        assertThat(all).doesNotContain("∞", "Infinity", "NaN");
    }

    @Test
    void severalTasksShowTheCompositeIndexAndTheOrderUsed() {
        AssessmentResult r = Fixtures.allFactors();
        String text = Pdfs.text(RENDERER.employeeReport(r));

        assertThat(text).contains("Composite Lifting Index (CLI): not defined, no safe load. \"Reach into bin\" has none, so the tasks"
                        + " together have none either. HIGH",
                "Order used for the CLI (decreasing single-task LI): Reach into bin → Boxes to pallet → Bag to trolley.",
                "Task Load (max) Lifts /min RWL FIRWL STLI FILI Light",
                "Boxes to pallet 12 (15) 3 7.0 8.9 1.72 1.69 MEDIUM", "Bag to trolley 8 0.5 17.6 19.2 0.45 0.42 LOW",
                "coupling good (CM 1.00)");

        AssessmentResult defined = lifting(Fixtures.liftingTasks().get(0), Fixtures.liftingTasks().get(2));
        LiftingResult lift = defined.section(LiftingResult.class).orElseThrow();
        String two = Pdfs.text(RENDERER.employeeReport(defined));
        assertThat(lift.compositeLi()).isNotNull();
        assertThat(two).contains("Composite Lifting Index (CLI): " + Styles.fixed(ReportTexts.english(), lift.compositeLi(), 2) + " MEDIUM",
                "Lifting: The loads exceed the recommended weight limit");
    }

    @Test
    void redesignAdviceIsInTheChecklistOnly() {
        AssessmentResult r = Fixtures.allFactors();
        String text = Pdfs.text(RENDERER.employeeReport(r));

        assertThat(text).contains("Task \"Boxes to pallet\": bring the load closer to the body: H 45 → 25 cm raises the"
                + " recommended weight limit from 7 to 11.6 kg").doesNotContain("How to make the lifts safer");
        for (Recommendation rec : r.section(LiftingResult.class).orElseThrow().recommendations()) {
            assertThat(Pdfs.count(Pdfs.squash(text), Pdfs.squash(rec.text()))).as(rec.text()).isEqualTo(1);
        }
    }

    @Test
    void aSingleSafeTaskIsLowWithoutComposite() {
        AssessmentResult r = Fixtures.lifterOnly();
        String text = Pdfs.text(RENDERER.employeeReport(r));

        assertThat(text).contains("Lifting: Every load is within its recommended weight limit",
                "coupling good (CM 1.00)", "LOW Lifting: Every load", "Lifting (NIOSH lifting equation)",
                "LI = 6 kg ÷ ")
                .doesNotContain("Composite Lifting Index (CLI)", "How to make the lifts safer");
    }

    @Test
    void keyFigureNamesTheIndex() {
        assertThat(SummaryReport.figure(Fixtures.allFactors().section(LiftingResult.class).orElseThrow(), ReportTexts.english()))
                .isEqualTo("Lifting: no safe load");
        LiftingResult one = Fixtures.lifterOnly().section(LiftingResult.class).orElseThrow();
        assertThat(SummaryReport.figure(one, ReportTexts.english())).isEqualTo("Lifting LI " + Styles.fixed(ReportTexts.english(), one.tasks().get(0).li(), 1))
                .isEqualTo("Lifting LI 0.3");
        LiftingTask heavy = LiftingTask.builder().task("t").loadKg(20.0).hOriginCm(30.0).vOriginCm(75.0)
                .vDestinationCm(100.0).frequencyPerMin(1.0).durationHours(1.0).coupling(Coupling.GOOD).build();
        LiftingResult two = lifting(heavy, Fixtures.liftingTasks().get(2)).section(LiftingResult.class).orElseThrow();
        assertThat(SummaryReport.figure(two, ReportTexts.english())).isEqualTo("Lifting CLI " + Styles.fixed(ReportTexts.english(), two.compositeLi(), 1));
    }
}
