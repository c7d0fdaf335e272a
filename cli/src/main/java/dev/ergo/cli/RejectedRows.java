package dev.ergo.cli;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.xlsx.ImportProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The factor rows of each employee that the import rejected, said on the employee's result: without
 * it an employee whose lifting row had a typo would be rated on fewer factors, green, and nothing in
 * the JSON line or the report would show why (issue 16).
 */
final class RejectedRows {
    private final Map<String, Set<String>> notesByEmployee;

    private RejectedRows(Map<String, Set<String>> notesByEmployee) {
        this.notesByEmployee = notesByEmployee;
    }

    /** The rejected rows among import problems: errors on a factor sheet's row that name an employee. */
    static RejectedRows of(List<ImportProblem> problems) {
        Map<String, Set<String>> notes = new LinkedHashMap<>();
        for (ImportProblem p : problems) {
            if (p.severity() == ImportProblem.Severity.ERROR && !p.employeeId().isEmpty() && p.row() > 0
                    && !p.sheet().isEmpty() && !p.sheet().equals("Employees")) {
                notes.computeIfAbsent(p.employeeId(), k -> new LinkedHashSet<>()).add(note(p.sheet(), p.row()));
            }
        }
        return new RejectedRows(notes);
    }

    /** The note for one rejected row; notes for the assessor are in English like the import problems. */
    static String note(String sheet, int row) {
        return "Not assessed: row " + row + " of the " + sheet + " sheet was rejected by the import (see problems.csv);"
                + " what it records is missing from this assessment until the row is corrected.";
    }

    /** The result with a note for each of its employee's rejected rows first, or the result itself. */
    AssessmentResult annotate(AssessmentResult r) {
        Set<String> extra = notesByEmployee.get(r.employee().id());
        if (extra == null) {
            return r;
        }
        List<String> notes = new ArrayList<>(extra);
        notes.addAll(r.notes());
        return new AssessmentResult(r.employee(), r.assessmentDate(), r.sections(), notes, r.reviewDue(), r.language());
    }
}
