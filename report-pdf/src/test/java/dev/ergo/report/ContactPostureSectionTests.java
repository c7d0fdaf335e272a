package dev.ergo.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.ResultJson;
import dev.ergo.engine.contact.ContactStressResult;
import dev.ergo.engine.posture.PostureResult;
import dev.ergo.engine.posture.PostureTaskResult;
import dev.ergo.model.SourceRow;
import dev.ergo.model.contact.ContactStressTask;
import dev.ergo.model.posture.PostureObservation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ContactPostureSectionTests {
    static final ReportRenderer RENDERER = EmployeeReportTests.RENDERER;

    @Test
    void contactFindingsNameTheirCriterionInPlainWordsWithAdvice() {
        AssessmentResult r = Fixtures.allFactors();
        ContactStressResult c = r.section(ContactStressResult.class).orElseThrow();
        String text = Pdfs.text(RENDERER.employeeReport(r));

        assertThat(text).contains("Contact stress: A task meets a hazard-zone criterion",
                "Criterion What was found",
                "HIGH Hazard zone WAC 296-62-05174 The knee is used as a hammer — \"Carpet fitting\": 120 times an hour"
                        + " for 3 h a day.",
                "Criterion: Hazard zone (WAC 296-62-05174): knee used as a hammer more than 60 times an hour",
                "MEDIUM Caution zone WAC 296-62-05105 Kneeling — \"Carpet fitting\": 3 h a day.",
                "MEDIUM Toolkit rule not a published criterion Pressure from a hard or sharp edge or a tool handle —"
                        + " \"Trim press\" (forearm): 1 h a day.",
                "job rotation keeps each person's hours below");
        for (Recommendation rec : c.recommendations()) { // in the checklist only, not repeated in the section
            assertThat(Pdfs.count(Pdfs.squash(text), Pdfs.squash(rec.text()))).as(rec.text()).isEqualTo(1);
        }
        assertThat(SummaryReport.figure(c, ReportTexts.english())).isEqualTo("Contact hazard zone");
    }

    @Test
    void contactWithoutFindingsIsLow() {
        AssessmentResult r = Fixtures.assess(Fixtures.employee("C-0", "Calm").build(),
                ContactStressTask.builder("Desk work").kneelingHoursPerDay(0.5).build());
        String text = Pdfs.text(RENDERER.employeeReport(r));

        assertThat(text).contains("Contact stress: None of the 1 task assessed meets a criterion.");
    }

    @Test
    void postureTaskShowsScoresWithWordsBodyPartsDefaultsAndTheBestChanges() {
        AssessmentResult r = Fixtures.allFactors();
        PostureResult p = r.section(PostureResult.class).orElseThrow();
        String text = Pdfs.text(RENDERER.employeeReport(r));

        assertThat(text).contains("Working postures: The posture in \"Floor-level assembly\" (RULA 7, REBA 13)",
                "RULA Table A: McAtamney & Corlett (1993) (RULA_A_MC1993)",
                "Task \"Floor-level assembly\" (right side)",
                "RULA 7 of 7 action level 4: investigation and changes are required immediately",
                "REBA 13 of 15 very high risk, action level 4: action necessary now",
                "OWAS code 4232 action category 3: distinctly harmful, corrective actions as soon as possible",
                "Body part Angle RULA REBA What drives it",
                "Upper arm 95° 5 5 RULA: upper arm 95° flexion (over 90° flexion: 4) + abducted (+1); REBA: upper arm"
                        + " 95° flexion (over 90° flexion: 4) + abducted or rotated (+1)",
                "Trunk 65° 5 5 trunk 65° flexion (over 60° flexion: 4) + twisted (+1)",
                "Legs 70° knee 2 4", "Wrist twist – 1 – RULA: wrist twist mainly in mid-range: 1",
                "For the assessor — blank in the workbook, scored with the default: shoulder_raised = no",
                "Task \"Bench soldering\"", "RULA 3 of 7 action level 2", "REBA 2 of 15 low risk",
                "The changes that lower this task's scores most are items");
        for (PostureTaskResult t : p.tasks()) {
            for (Recommendation rec : t.recommendations()) { // in the checklist only
                assertThat(Pdfs.count(Pdfs.squash(text), Pdfs.squash(rec.text()))).as(rec.text()).isEqualTo(1);
            }
        }
        // worst task first
        assertThat(text.indexOf("Task \"Floor-level assembly\" (right side)"))
                .isLessThan(text.indexOf("Task \"Bench soldering\" "));
        assertThat(text.indexOf("Task \"Bench soldering\" ")).isPositive();
        assertThat(SummaryReport.figure(p, ReportTexts.english())).isEqualTo("RULA 7/REBA 13");
    }

    @Test
    void aTasksDefaultsAreListedBesideItsTablesNotAgainAmongTheNotes() {
        AssessmentResult r = Fixtures.allFactors();
        String text = Pdfs.squash(Pdfs.text(RENDERER.employeeReport(r)));

        assertThat(r.notes()).filteredOn(n -> n.startsWith("Posture task")).hasSize(2); // both tasks had blanks
        assertThat(Pdfs.count(text, Pdfs.squash("For the assessor — blank in the workbook, scored with the default:")))
                .isEqualTo(2);
        assertThat(text).doesNotContain(Pdfs.squash("blank inputs scored with their defaults"), "Nonotes");
        for (String note : r.notes()) { // the other notes stay
            if (!note.startsWith("Posture task")) {
                assertThat(Pdfs.count(text, Pdfs.squash("• " + note))).as(note).isEqualTo(1);
            }
        }
    }

    @Test
    void whenTheDefaultsWereTheOnlyNotesTheListSaysSoInsteadOfNoNotes() {
        AssessmentResult withBlanks = Fixtures.assess(Fixtures.employee("P-1", "Poser").build(),
                Fixtures.postures().get(1));
        AssessmentResult explicit = Fixtures.assess(Fixtures.employee("P-2", "Poser").build(),
                PostureObservation.builder("Bench soldering").upperArmDeg(20.0).lowerArmDeg(70.0)
                        .wristDeg(10.0).neckDeg(25.0).trunkDeg(10.0).shoulderRaised(false).upperArmAbducted(false)
                        .armSupported(false).armAcrossMidline(false).wristDeviated(false).wristTwisted(false)
                        .neckTwisted(false).neckSideBent(false).trunkTwisted(false).trunkSideBent(false).seated(false)
                        .legsSupported(true).legsBilateral(true).kneeDeg(0.0).loadKg(0.0)
                        .loadMode(dev.ergo.model.posture.LoadMode.INTERMITTENT)
                        .coupling(dev.ergo.model.posture.RebaCoupling.GOOD).staticPosture(false).repeatedAction(false)
                        .rapidPostureChange(false).build());

        assertThat(withBlanks.notes()).singleElement().asString().startsWith("Posture task \"Bench soldering\"");
        assertThat(Pdfs.squash(Pdfs.text(RENDERER.employeeReport(withBlanks))))
                .contains(Pdfs.squash("Notes for the assessor No notes besides those shown with the sections above."))
                .doesNotContain(Pdfs.squash("blank inputs scored with their defaults"));
        assertThat(explicit.notes()).isEmpty();
        assertThat(Pdfs.squash(Pdfs.text(RENDERER.employeeReport(explicit))))
                .contains(Pdfs.squash("Notes for the assessor No notes.")).doesNotContain("besidesthoseshown");
    }

    private static AssessmentResult benchSoldering(@org.jspecify.annotations.Nullable SourceRow origin) {
        return Fixtures.assess(Fixtures.employee("P-3", "Poser").build(), PostureObservation.builder("Bench soldering")
                .upperArmDeg(20.0).lowerArmDeg(70.0).wristDeg(10.0).neckDeg(25.0).trunkDeg(10.0).origin(origin).build());
    }

    @Test
    void aTaskFromTheWorkbookNamesItsRowBesideItsDefaults() {
        AssessmentResult r = benchSoldering(SourceRow.of("Postures", 4));
        String text = Pdfs.squash(Pdfs.text(RENDERER.employeeReport(r)));

        assertThat(r.notes()).singleElement().asString().startsWith("Posture task \"Bench soldering\" (Postures row 4):");
        assertThat(text).contains(Pdfs.squash("For the assessor — blank in the workbook (row 4 of the Postures sheet),"
                + " scored with the default: shoulder_raised = no,"),
                Pdfs.squash("Notes for the assessor No notes besides those shown with the sections above."));
    }

    @Test
    void readBackFromResultsJsonlTheRowIsKnownOnlyToTheNoteSoTheNoteStays() {
        AssessmentResult read = ResultJson.parse(benchSoldering(SourceRow.of("Postures", 4)).toJsonLine());
        String text = Pdfs.squash(Pdfs.text(RENDERER.employeeReport(read)));

        assertThat(read.section(PostureResult.class).orElseThrow().tasks().get(0).origin()).isNull();
        assertThat(text).contains(Pdfs.squash("For the assessor — blank in the workbook, scored with the default:"));
        assertThat(Pdfs.count(text, Pdfs.squash("• " + read.notes().get(0)))).isEqualTo(1);
        assertThat(text).doesNotContain("Nonotes");
    }

    @Test
    void aGermanReportListsTheDefaultsOnceToo() {
        AssessmentResult r = Fixtures.allFactors(Locale.GERMAN);
        String text = Pdfs.squash(Pdfs.text(RENDERER.employeeReport(r)));

        assertThat(r.notes()).filteredOn(n -> n.contains("leere Eingaben mit ihren Standardwerten bewertet")).hasSize(2);
        assertThat(Pdfs.count(text, Pdfs.squash("Für die Fachkraft — in der Arbeitsmappe leer, mit dem Standardwert"
                + " bewertet:"))).isEqualTo(2);
        assertThat(text).doesNotContain(Pdfs.squash("leere Eingaben mit ihren Standardwerten bewertet"));
    }

    @Test
    void rowsTheImportRejectedAreStillNotesWhenTheDefaultsAreShownAbove() {
        AssessmentResult r = benchSoldering(null);
        AssessmentResult withRejected = new AssessmentResult(r.employee(), r.assessmentDate(), r.sections(), r.notes(),
                r.reviewDue(), r.language(), List.of(SourceRow.of("Lifting", 5)));
        String text = Pdfs.squash(Pdfs.text(RENDERER.employeeReport(withRejected)));

        assertThat(text).contains(Pdfs.squash("• Not assessed: row 5 of the Lifting sheet was rejected by the import"))
                .doesNotContain("Nonotes", Pdfs.squash("blank inputs scored with their defaults"));
    }
}
