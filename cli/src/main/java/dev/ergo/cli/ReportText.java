package dev.ergo.cli;

import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.SourceRow;
import dev.ergo.model.SurveySection;
import dev.ergo.report.ReportRenderer;
import dev.ergo.xlsx.ImportProblem;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the texts of a survey that the reports cannot draw completely (a name in a script no font
 * has), as warnings naming the employee, the sheet, the row and the column: the report shows such a
 * character as a mark, and problems.csv says why. The warning names the scripts, never the text.
 */
final class ReportText {
    private ReportText() {}

    /**
     * Checks every text of the employee and of the employee's rows.
     *
     * @param renderer the renderer whose fonts count
     * @param survey the survey
     * @param names whether names are printed
     * @return one warning per text with characters no font has, in survey order
     */
    static List<ImportProblem> check(ReportRenderer renderer, EmployeeSurvey survey, boolean names) {
        List<ImportProblem> problems = new ArrayList<>();
        String id = survey.employee().id();
        check(renderer, survey.employee(), survey.employee().origin(), id, names, problems);
        for (SurveySection section : survey.sections()) {
            if (section instanceof Record r) {
                check(renderer, r, section.origin(), id, true, problems);
            }
        }
        return problems;
    }

    private static void check(ReportRenderer renderer, Record record, @Nullable SourceRow origin, String id, boolean names,
            List<ImportProblem> problems) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getType() != String.class || (!names && c.getName().equals("name"))) {
                continue;
            }
            String text;
            try {
                text = (String) c.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue; // a text we cannot read is not printed by us either
            }
            if (text == null) {
                continue;
            }
            String missing = renderer.undrawableCharacters(text);
            if (missing.isEmpty()) {
                continue;
            }
            String column = column(c.getName());
            int count = missing.codePointCount(0, missing.length());
            problems.add(new ImportProblem(ImportProblem.Severity.WARNING, origin == null ? "" : origin.sheet(),
                    origin == null ? 0 : origin.rowNumber(), column, "",
                    "employee " + id + ": the reports cannot draw " + count + " character" + (count == 1 ? "" : "s") + " of "
                            + column + " (" + scripts(missing) + "); they show as \uFFFD; add a font that has them"
                            + " (ergo assess --font FILE)").withEmployeeId(id));
        }
    }

    /** The scripts of the characters, in words: "Han script", "Han and Hangul scripts". */
    static String scripts(String text) {
        Set<String> names = new LinkedHashSet<>();
        text.codePoints().forEach(cp -> names.add(word(Character.UnicodeScript.of(cp).name())));
        List<String> list = List.copyOf(names);
        String joined = list.size() == 1 ? list.get(0)
                : String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.get(list.size() - 1);
        return joined + (list.size() == 1 ? " script" : " scripts");
    }

    private static String word(String constant) {
        StringBuilder b = new StringBuilder();
        for (String part : constant.split("_")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    /** The workbook column of a record component: {@code jobTitle} is {@code job_title}. */
    static String column(String component) {
        return component.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
