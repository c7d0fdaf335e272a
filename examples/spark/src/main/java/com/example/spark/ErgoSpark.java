package com.example.spark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * Command line of the example: {@code ErgoSpark INPUT_FOLDER OUTPUT_FOLDER [RUN_DATE]}. The master comes
 * from {@code spark-submit} (or {@code -Dspark.master=local[2]} on one machine).
 */
public final class ErgoSpark {
    private ErgoSpark() {}

    /**
     * Where the problems are: {@code part-NNNNN/problems.csv} beside {@code part-NNNNN/workbook.txt}.
     *
     * @param o the outcome
     * @param out the output folder
     * @return the line, without a line break
     */
    static String problemsLine(SparkAssessment.Outcome o, Path out) {
        return String.format(Locale.ROOT, "Problems of %d of %d workbooks: %s (the workbook's name in %s)",
                o.totals().workbooksWithProblems(), o.partitions(),
                out.resolve("part-NNNNN").resolve(AssessPartition.PROBLEMS_FILE),
                out.resolve("part-NNNNN").resolve(AssessPartition.WORKBOOK_FILE));
    }

    /**
     * Runs the job and prints the counts, the time taken and where the problems are.
     *
     * @param args the input folder, the output folder and optionally the run date (ISO, default today)
     * @throws Exception if the job fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: ErgoSpark INPUT_FOLDER OUTPUT_FOLDER [RUN_DATE]");
            System.exit(2);
        }
        LocalDate runDate = args.length == 3 ? LocalDate.parse(args[2]) : LocalDate.now();
        SparkSession spark = SparkSession.builder().appName("ergo-spark").getOrCreate();
        try {
            long started = System.nanoTime();
            SparkAssessment.Outcome o = SparkAssessment.run(spark, Path.of(args[0]), Path.of(args[1]), runDate, null);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT,
                    "%d workbooks, %d employees assessed (%d not assessed, %d rows rejected, %d problems) in %.1f s:"
                            + " %.0f employees/s on %s%n",
                    o.partitions(), o.totals().employees(), o.totals().notAssessed(), o.totals().rowsRejected(),
                    o.totals().problems(), seconds, o.totals().employees() / seconds, spark.sparkContext().master());
            System.out.println(problemsLine(o, Path.of(args[1])));
        } finally {
            spark.stop();
        }
    }
}
