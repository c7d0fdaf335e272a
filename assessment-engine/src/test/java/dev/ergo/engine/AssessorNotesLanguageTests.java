package dev.ergo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.internal.AssessmentContext;
import dev.ergo.engine.internal.office.WorkstationAdvisor;
import dev.ergo.model.Employee;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.SurveySection;
import dev.ergo.model.office.Workstation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The assessor's notes are rendered from the engine's bundle in the employee's language. */
class AssessorNotesLanguageTests {

    /** English phrases of the notes that no translation keeps. */
    private static final List<String> ENGLISH_SENTINELS = List.of("Posture task", "blank inputs", "is an estimate",
            "is outside", "Lifting", "lifts/min", "a day", "Popliteal height", "Eye height", "Buttock", "Keyboard surface",
            "kneeling hours", "check the rows", " the ", "regression, men", "median, men", "please measure", "not recorded");

    private static AssessmentResult allFactors(Locale language) {
        return ResultFixtures.ASSESSOR.assess(EmployeeSurvey.of(
                ResultFixtures.employee("E-2001").language(language).build(),
                ResultFixtures.allFactors().toArray(SurveySection[]::new)));
    }

    @Test
    void englishNotesAreWordForWordAsBefore() {
        assertThat(ResultFixtures.allFactors(ResultFixtures.ASSESSOR).notes()).contains(
                "Elbow rest height (sitting) 24.6 cm is an estimate: ANSUR II median, men (SD ±2.9 cm); not predictable"
                        + " from stature, please measure",
                "Buttock–popliteal length 51 cm is an estimate: estimated from stature 178.0 cm (ANSUR II regression, men;"
                        + " ±1.8 cm)",
                "Posture task \"Floor-level assembly\": blank inputs scored with their defaults: shoulder_raised no,"
                        + " arm_supported no, arm_across_midline no, wrist_twisted no, neck_side_bent no, trunk_side_bent no,"
                        + " seated no, repeated_action no, rapid_posture_change no.",
                "Lifting: all tasks use the longest duration category among them, > 1 to ≤ 2 h.",
                "Whole-body VDV includes estimated values (1.4 × k a_w × T^¼) for sources without a measured VDV.",
                "Hand Activity TLV: Packing (right) takes 2 h a day, outside the 2018 TLV's scope of 4 to 8 h a day; its"
                        + " light is indicative only.");
    }

    @Test
    void aGermanEmployeesNotesAreGerman() {
        List<String> notes = allFactors(Locale.GERMAN).notes();
        assertThat(notes).hasSameSizeAs(ResultFixtures.allFactors(ResultFixtures.ASSESSOR).notes()).contains(
                "Ellenbogenhöhe (sitzend) 24,6 cm ist ein Schätzwert: ANSUR-II-Median, Männer (SD ±2,9 cm); aus der"
                        + " Körpergröße nicht vorhersagbar, bitte messen",
                "Gesäß-Kniekehlen-Länge 51 cm ist ein Schätzwert: geschätzt aus der Körpergröße 178,0 cm"
                        + " (ANSUR-II-Regression, Männer; ±1,8 cm)",
                "Körperhaltung, Tätigkeit „Floor-level assembly“: leere Eingaben mit ihren Standardwerten bewertet:"
                        + " shoulder_raised nein, arm_supported nein, arm_across_midline nein, wrist_twisted nein,"
                        + " neck_side_bent nein, trunk_side_bent nein, seated nein, repeated_action nein,"
                        + " rapid_posture_change nein.",
                "Heben: Alle Tätigkeiten verwenden die längste Dauerkategorie unter ihnen, > 1 bis ≤ 2 h.",
                "Der VDV der Ganzkörper-Vibrationen enthält geschätzte Werte (1,4 × k a_w × T^¼) für Quellen ohne"
                        + " gemessenen VDV.",
                "Hand Activity TLV: „Packing“ (rechte Hand) dauert 2 h pro Tag, außerhalb des Anwendungsbereichs des TLV"
                        + " (2018) von 4 bis 8 h pro Tag; die Ampel ist nur ein Anhaltspunkt.");
    }

    @ParameterizedTest(name = "{0}: every note of the all-factor employee is translated")
    @ValueSource(strings = {"de", "fr", "es", "pl"})
    void noEnglishSentenceInATranslatedNote(String tag) {
        List<String> notes = allFactors(Locale.forLanguageTag(tag)).notes();
        assertThat(notes).isNotEmpty();
        for (String note : notes) {
            for (String sentinel : ENGLISH_SENTINELS) {
                assertThat(note).as(tag + " note has no English \"" + sentinel + "\"").doesNotContain(sentinel);
            }
        }
    }

    @Test
    void germanHfesNotesUseTheDecimalComma() {
        AssessmentContext en = new AssessmentContext(AssessmentOptions.DEFAULT, Locale.ENGLISH);
        AssessmentContext de = new AssessmentContext(AssessmentOptions.DEFAULT, Locale.GERMAN);
        // S0 = 35 + 2.5 = 37.5 < 38; desk = 37.5 + 18 - 3 = 52.5 < 56
        Workstation low = Workstation.builder().poplitealHeightCm(35.0).elbowRestHeightCm(18.0).eyeHeightSittingCm(70.0)
                .buttockPoplitealLengthCm(45.0).build();
        WorkstationAdvisor.advise(Employee.builder("h").build(), low, en);
        WorkstationAdvisor.advise(Employee.builder("h").build(), low, de);
        assertThat(en.notes()).containsExactly(
                "Target seat height 37.5 cm is outside the HFES 100-2007 range of 38–56 cm: check that the chair reaches it.",
                "Keyboard surface height 52.5 cm is outside the HFES 100-2007 sit-only range of 56–72 cm: an adjustable"
                        + " keyboard surface may not reach it.");
        assertThat(de.notes()).containsExactly(
                "Die Ziel-Sitzhöhe von 37,5 cm liegt außerhalb des Bereichs nach HFES 100-2007 (38–56 cm): Prüfen Sie,"
                        + " ob der Stuhl sie erreicht.",
                "Die Höhe der Tastaturfläche von 52,5 cm liegt außerhalb des Bereichs nach HFES 100-2007 für reines"
                        + " Sitzen (56–72 cm): Eine verstellbare Tastaturfläche erreicht sie möglicherweise nicht.");
    }
}
