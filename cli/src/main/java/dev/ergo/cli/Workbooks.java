package dev.ergo.cli;

import dev.ergo.xlsx.ImportProblem;
import dev.ergo.xlsx.SheetSummary;
import java.io.PrintWriter;
import java.util.List;

/** Prints what an import found, for people. */
final class Workbooks {
    private Workbooks() {}

    static void printImportSummary(PrintWriter out, String workbookName, List<SheetSummary> sheets) {
        out.printf("Read %s:%n", workbookName);
        for (SheetSummary s : sheets) {
            out.printf("  %-14s %6d rows read, %6d imported, %5d rejected%n", s.sheet(), s.rowsRead(),
                    s.rowsImported(), s.rowsRejected());
        }
    }

    static void printProblems(PrintWriter out, List<ImportProblem> problems, int max) {
        long errors = problems.stream().filter(p -> p.severity() == ImportProblem.Severity.ERROR).count();
        long warnings = problems.stream().filter(p -> p.severity() == ImportProblem.Severity.WARNING).count();
        long notices = problems.size() - errors - warnings;
        out.printf("%d problem%s: %d error%s, %d warning%s, %d notice%s%n", problems.size(), s(problems.size()),
                errors, s(errors), warnings, s(warnings), notices, s(notices));
        int shown = 0;
        for (ImportProblem p : problems) {
            if (shown++ == max) {
                out.printf("  … and %d more%n", problems.size() - max);
                break;
            }
            out.printf("  %-7s %s%n", p.severity(), p);
        }
    }

    static String s(long n) {
        return n == 1 ? "" : "s";
    }
}
