package com.example.hr;

import dev.ergo.engine.AssessmentOptions;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Assessor;
import dev.ergo.model.Employee;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.Equipment;
import dev.ergo.model.Sex;
import dev.ergo.model.lifting.Coupling;
import dev.ergo.model.lifting.LiftingTask;
import dev.ergo.model.office.Workstation;
import dev.ergo.model.validation.SurveyValidator;
import dev.ergo.model.validation.Violation;
import dev.ergo.report.ReportRenderer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an HR system does with ergo: surveys built from its own records, assessed on eight threads,
 * one JSON line and one PDF (in memory) per employee.
 */
public final class HrEmbedding {
    static {
        // Hibernate Validator logs through JBoss Logging: send it to SLF4J with everything else
        System.setProperty("org.jboss.logging.provider", "slf4j");
    }

    private static final Logger LOG = LoggerFactory.getLogger(HrEmbedding.class);

    private HrEmbedding() {}

    /** Builds one employee's survey the way an HR system would, from its own records. */
    static EmployeeSurvey survey(int n) {
        return EmployeeSurvey.of(
                Employee.builder("HR-" + n).sex(n % 2 == 0 ? Sex.F : Sex.M).statureCm(160.0 + n % 30).build(),
                Workstation.builder().deskHeightCm(74.0).lumbarSupport(Equipment.NONE).build(),
                LiftingTask.builder().task("Box to shelf").loadKg(8.0 + n % 12).hOriginCm(40.0).vOriginCm(30.0)
                        .vDestinationCm(80.0).frequencyPerMin(2.0).durationHours(1.5).coupling(Coupling.FAIR).build());
    }

    /**
     * Assesses employees on eight threads and prints a one-line summary.
     *
     * @param args optionally the number of employees (default 200)
     * @throws Exception if a task fails
     */
    public static void main(String[] args) throws Exception {
        // share one of each: both are immutable and thread-safe
        Assessor assessor = Assessor.of(AssessmentOptions.builder().referenceDate(LocalDate.of(2026, 11, 24)).build());
        ReportRenderer renderer = ReportRenderer.create();

        int employees = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        LOG.info("assessing {} employees", employees);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> lines = new ArrayList<>();
        long pdfBytes = 0;
        try {
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (int i = 0; i < employees; i++) {
                int n = i;
                Future<AssessmentResult> result = pool.submit(() -> assessor.assess(survey(n)));
                lines.add(pool.submit(() -> result.get().toJsonLine()));
                pdfs.add(pool.submit(() -> renderer.employeeReport(result.get())));
            }
            for (Future<byte[]> pdf : pdfs) {
                pdfBytes += pdf.get().length;
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).get();
                if (!line.startsWith("{\"employeeId\":\"HR-" + i + "\"")) {
                    throw new IllegalStateException("line " + i + " is not HR-" + i + "'s");
                }
            }
        } finally {
            pool.shutdown();
        }
        System.out.printf("assessed %d employees on 8 threads: %d JSON lines, %d PDF bytes%n",
                lines.size(), lines.size(), pdfBytes);
        System.out.println("form check: " + formCheck());
    }

    /** What an HR form shows for a mistyped field: the field's path and the library's message. */
    static String formCheck() {
        Workstation typo = Workstation.builder().poplitealHeightCm(75.0).build();
        List<Violation> problems = SurveyValidator.create().validateRecord(typo);
        String shown = problems.get(0).path() + " " + problems.get(0).message();
        if (shown.contains("{")) {
            throw new IllegalStateException("unresolved message on the module path: " + shown);
        }
        return shown;
    }
}
