package dev.ergo.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV files with Apache Commons CSV: RFC 4180 (CRLF, quotes where needed), UTF-8; cells that a
 * spreadsheet would run as a formula are prefixed with an apostrophe.
 */
final class Csv {
    private Csv() {}

    /**
     * Writes a header and rows; the stream stays open.
     *
     * @param out the stream
     * @param header the column names
     * @param rows the rows, each in the order of the header
     */
    static void write(OutputStream out, List<String> header, Iterable<? extends List<String>> rows) throws IOException {
        CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180);
        csv.printRecord(header.stream().map(Csv::guard));
        for (List<String> row : rows) {
            csv.printRecord(row.stream().map(Csv::guard));
        }
        csv.flush();
    }

    /** Text such as {@code =HYPERLINK(...)} gets a leading apostrophe; numbers such as -3.5 stay as they are. */
    static String guard(String value) {
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !looksNumeric(value)) {
            return "'" + value;
        }
        return value;
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
