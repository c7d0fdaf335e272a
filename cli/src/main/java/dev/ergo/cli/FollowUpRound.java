package dev.ergo.cli;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Baseline;
import dev.ergo.engine.RunSummary;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.SourceRow;
import dev.ergo.xlsx.ImportProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The parts of {@code ergo assess --baseline PREV} that are about the command line and problems.csv. */
final class FollowUpRound {
    private FollowUpRound() {}

    /**
     * Tells why a baseline is not an earlier round: an employee's baseline line is later than their
     * assessment now, or the baseline's latest line is later than every assessment of this round.
     *
     * @return the reason in a sentence fragment, or null when the baseline is earlier
     */
    static @Nullable String newerBaseline(Baseline baseline, Iterable<EmployeeSurvey> surveys, LocalDate runDate) {
        LocalDate latestNow = null;
        for (EmployeeSurvey s : surveys) {
            LocalDate now = s.employee().assessmentDate() != null ? s.employee().assessmentDate() : runDate;
            latestNow = latestNow == null || now.isAfter(latestNow) ? now : latestNow;
            Optional<AssessmentResult> before = baseline.find(s.employee().id());
            if (before.isPresent() && before.get().assessmentDate().isAfter(now)) {
                return "employee " + s.employee().id() + " was assessed on " + before.get().assessmentDate()
                        + " in the baseline, after this round's " + now;
            }
        }
        if (latestNow == null) {
            latestNow = runDate;
        }
        if (baseline.latestDate().isAfter(latestNow)) {
            return "the baseline has assessments up to " + baseline.latestDate() + ", after this round's latest, "
                    + latestNow;
        }
        return null;
    }

    /** One notice per employee whose id matches a baseline id only when case and spaces are ignored. */
    static List<ImportProblem> nearMisses(Baseline baseline, List<AssessmentResult> results) {
        List<ImportProblem> out = new ArrayList<>();
        for (AssessmentResult r : results) {
            String id = r.employee().id();
            Optional<String> near = baseline.nearMiss(id);
            if (near.isPresent()) {
                SourceRow origin = r.employee().origin();
                out.add(new ImportProblem(ImportProblem.Severity.NOTICE, origin == null ? "Employees" : origin.sheet(),
                        origin == null ? 0 : origin.rowNumber(), "employee_id", "",
                        "employee " + id + " is not compared with the baseline's " + near.get()
                                + ": the ids differ in case or spaces, and ids are matched exactly; make them equal"
                                + " to compare the two rounds"));
            }
        }
        return out;
    }

    /** The console line of a follow-up round: who improved, worsened, left or joined. */
    static void printComparison(PrintWriter info, Path baselinePath, RunSummary.Comparison c) {
        int compared = c.improved() + c.worsened() + c.unchanged();
        info.printf("Compared with the baseline %s (assessed up to %s): %d employee%s in both rounds:"
                        + " %d improved, %d worsened, %d unchanged; %d not reassessed, %d new%n",
                baselinePath, c.baselineDate(), compared, Workbooks.s(compared), c.improved(), c.worsened(),
                c.unchanged(), c.notReassessed().size(), c.newEmployees().size());
    }
}
