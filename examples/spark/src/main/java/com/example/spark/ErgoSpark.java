package com.example.spark;

import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;

/**
 * Command line of the example: {@code ErgoSpark INPUT_FOLDER OUTPUT_FOLDER [RUN_DATE]}. The master comes
 * from {@code spark-submit} (or {@code -Dspark.master=local[2]} on one machine).
 */
public final class ErgoSpark {
    private ErgoSpark() {}

    /**
     * Runs the job and prints the counts and the time taken.
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
            System.out.printf(java.util.Locale.ROOT,
                    "%d workbooks, %d employees assessed (%d not assessed, %d rows rejected) in %.1f s: %.0f employees/s"
                            + " on %s%n",
                    o.partitions(), o.totals().employees(), o.totals().notAssessed(), o.totals().rowsRejected(), seconds,
                    o.totals().employees() / seconds, spark.sparkContext().master());
        } finally {
            spark.stop();
        }
    }
}
