package dev.ergo.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apiguardian.api.API;

/**
 * Writes {@code problems.csv} as {@code ergo assess} does: the header of {@link ImportProblem#csvHeader()},
 * one record per problem, RFC 4180 (CRLF, quotes only where needed), UTF-8, and cells that a spreadsheet
 * would run as a formula prefixed with an apostrophe (numbers such as {@code -3.5} stay as they are).
 * {@code results.csv} uses the same dialect ({@link #writeTable}, {@link #guard}).
 *
 * <p>Hosts that assess elsewhere (for example one workbook per Spark partition) write the same file.
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class ProblemsCsv {
    private ProblemsCsv() {}

    /**
     * Writes the header and the problems in order; the stream stays open.
     *
     * @param out the stream, not null
     * @param problems the problems, not null
     * @throws IOException if writing fails
     */
    public static void write(OutputStream out, Iterable<ImportProblem> problems) throws IOException {
        CSVPrinter csv = printer(out, ImportProblem.csvHeader());
        for (ImportProblem p : problems) {
            csv.printRecord(p.csvCells().stream().map(ProblemsCsv::guard));
        }
        csv.flush();
    }

    /**
     * Writes a header and rows in the same dialect; the stream stays open.
     *
     * @param out the stream, not null
     * @param header the column names, not null
     * @param rows the rows, each in the order of the header, not null
     * @throws IOException if writing fails
     */
    public static void writeTable(OutputStream out, List<String> header, Iterable<? extends List<String>> rows)
            throws IOException {
        CSVPrinter csv = printer(out, header);
        for (List<String> row : rows) {
            csv.printRecord(row.stream().map(ProblemsCsv::guard));
        }
        csv.flush();
    }

    /**
     * Returns a cell as written: text such as {@code =HYPERLINK(...)}, {@code +1} text or {@code @SUM}
     * gets a leading apostrophe, numbers keep their sign.
     *
     * @param value the cell, not null
     * @return the cell to print, not null
     */
    public static String guard(String value) {
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !looksNumeric(value)) {
            return "'" + value;
        }
        return value;
    }

    private static CSVPrinter printer(OutputStream out, List<String> header) throws IOException {
        CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180);
        csv.printRecord(header.stream().map(ProblemsCsv::guard));
        return csv;
    }

    private static boolean looksNumeric(String v) {
        try {
            Double.parseDouble(v);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
