package dev.ergo.xlsx;

import dev.ergo.model.internal.Words;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;

/** Turns a {@link RawCell} into the value its column expects, or a plain-language problem. */
final class CellParser {
    private CellParser() {}

    static final String NO_RESULT =
            "formula has no saved result; open and save the file in a spreadsheet program";
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("[+-]?\\d*,\\d+");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * The outcome of parsing one cell: a value, or a problem message.
     *
     * @param value the value, null when the cell is blank or has a problem
     * @param problem the message, or null
     */
    record Parsed(@Nullable Object value, @Nullable String problem) {
        static final Parsed BLANK = new Parsed(null, null);

        static Parsed of(Object value) {
            return new Parsed(value, null);
        }

        static Parsed problem(String message) {
            return new Parsed(null, message);
        }
    }

    /**
     * Parses a cell for a column.
     *
     * @param cell the cell
     * @param column the column
     * @param date1904 whether the workbook uses the 1904 date system
     * @param maxCellChars the cell text limit, for the message
     * @return the value or a problem; {@link Parsed#BLANK} for a blank cell
     */
    static Parsed parse(RawCell cell, ColumnSpec column, boolean date1904, int maxCellChars) {
        switch (cell.kind()) {
            case NO_RESULT -> {
                return Parsed.problem(NO_RESULT);
            }
            case ERROR -> {
                return Parsed.problem("the cell shows the error " + cell.text() + "; enter a value instead");
            }
            case UNREADABLE -> {
                return Parsed.problem("the cell's value cannot be read; enter it again");
            }
            default -> {
                // parsed below
            }
        }
        if (cell.tooLong()) {
            return Parsed.problem("the text is longer than " + maxCellChars + " characters");
        }
        if (cell.blank()) {
            return Parsed.BLANK;
        }
        return switch (column.type()) {
            case TEXT -> Parsed.of(text(cell, date1904));
            case NUMBER -> number(cell);
            case INTEGER -> integer(cell);
            case BOOLEAN -> bool(cell);
            case ENUM -> enumeration(cell, column, date1904);
            case DATE -> date(cell, date1904);
            case LANGUAGE -> Parsed.of(text(cell, date1904));
        };
    }

    /** The text of a cell as a person reads it: numbers without {@code .0}, dates as ISO. */
    static String text(RawCell cell, boolean date1904) {
        return switch (cell.kind()) {
            case TEXT -> Text.trim(cell.text());
            case NUMBER -> {
                LocalDate d = cell.dateFormatted() ? excelDate(cell.number(), date1904) : null;
                yield d != null ? d.toString() : Text.number(cell.number());
            }
            case BOOLEAN -> cell.number() == 1 ? "TRUE" : "FALSE";
            default -> "";
        };
    }

    private static Parsed number(RawCell cell) {
        double v;
        switch (cell.kind()) {
            case NUMBER -> {
                if (cell.dateFormatted()) {
                    return Parsed.problem("the cell is formatted as a date; enter a plain number");
                }
                v = cell.number();
            }
            case TEXT -> {
                String t = Text.trim(cell.text());
                if (DECIMAL.matcher(t).matches()) {
                    v = Double.parseDouble(t);
                } else if (COMMA_DECIMAL.matcher(t).matches()) {
                    return Parsed.problem("is not a number" + Text.echo(t) + "; use a point as the decimal separator, for example "
                            + t.replace(',', '.'));
                } else {
                    String echo = Text.echo(t);
                    return Parsed.problem(echo.isEmpty() ? "must be a number" : "is not a number:" + echo);
                }
            }
            case BOOLEAN -> {
                return Parsed.problem("must be a number, not a yes/no value");
            }
            default -> {
                return Parsed.problem("must be a number");
            }
        }
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Parsed.problem("must be a finite number");
        }
        return Parsed.of(v);
    }

    private static Parsed integer(RawCell cell) {
        Parsed p = number(cell);
        if (p.problem() != null) {
            return p;
        }
        double v = (Double) p.value();
        if (v != Math.rint(v)) {
            return Parsed.problem("must be a whole number (was " + Text.number(v) + ")");
        }
        if (Math.abs(v) > Integer.MAX_VALUE) {
            return Parsed.problem("is far too large (was " + Text.number(v) + ")");
        }
        return Parsed.of((int) v);
    }

    private static Parsed bool(RawCell cell) {
        switch (cell.kind()) {
            case BOOLEAN -> {
                return Parsed.of(cell.number() == 1);
            }
            case NUMBER -> {
                if (cell.number() == 1) {
                    return Parsed.of(Boolean.TRUE);
                }
                if (cell.number() == 0) {
                    return Parsed.of(Boolean.FALSE);
                }
            }
            case TEXT -> {
                switch (Text.trim(cell.text()).toLowerCase(Locale.ROOT)) {
                    case "yes", "y", "true", "1" -> {
                        return Parsed.of(Boolean.TRUE);
                    }
                    case "no", "n", "false", "0" -> {
                        return Parsed.of(Boolean.FALSE);
                    }
                    default -> {
                        // problem below
                    }
                }
            }
            default -> {
                // problem below
            }
        }
        return Parsed.problem("must be yes or no (y/n, true/false and 1/0 also work)");
    }

    private static Parsed enumeration(RawCell cell, ColumnSpec column, boolean date1904) {
        String t = text(cell, date1904);
        for (String word : column.words()) {
            if (word.equals(t)) { // as written: no need to normalise (a column's words differ after normalising)
                return Parsed.of(word);
            }
        }
        for (String word : column.words()) {
            if (Words.matches(word, t)) {
                return Parsed.of(word);
            }
        }
        return Parsed.problem("must be " + Text.orList(column.words()));
    }

    private static Parsed date(RawCell cell, boolean date1904) {
        if (cell.kind() == RawCell.Kind.NUMBER && cell.dateFormatted()) {
            LocalDate d = excelDate(cell.number(), date1904);
            if (d != null) {
                return Parsed.of(d);
            }
        } else if (cell.kind() == RawCell.Kind.TEXT) {
            String t = Text.trim(cell.text());
            if (ISO_DATE.matcher(t).matches()) {
                try {
                    return Parsed.of(LocalDate.parse(t));
                } catch (DateTimeException e) {
                    return Parsed.problem("is not a valid date" + Text.echo(t));
                }
            }
        }
        return Parsed.problem("must be a date: a date cell or text in the form YYYY-MM-DD");
    }

    private static @Nullable LocalDate excelDate(double serial, boolean date1904) {
        if (!DateUtil.isValidExcelDate(serial) || serial > 2_958_465.0) {
            return null; // negative, or after 9999-12-31
        }
        try {
            var dt = DateUtil.getLocalDateTime(serial, date1904);
            return dt == null ? null : dt.toLocalDate();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
