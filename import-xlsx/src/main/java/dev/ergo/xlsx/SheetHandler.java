package dev.ergo.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.apache.poi.xssf.model.SharedStrings;
import org.jspecify.annotations.Nullable;

/**
 * Streams the rows of one worksheet part as typed {@link RawCell}s.
 *
 * <p>Handles shared strings, inline strings, formula text results, booleans, errors and numbers
 * (date-formatted ones flagged through the style), cached formula results, formulas without one, and
 * rows or cells without an {@code r} attribute (positions are counted). Only cells inside
 * {@code sheetData} are read. Empty rows are passed on too; the consumer decides what is empty.
 *
 * <p>Fed by {@link SheetScanner}.
 */
final class SheetHandler {

    /** The local names of the elements read; {@link SheetScanner} passes these very strings. */
    static final String SHEET_DATA = "sheetData";
    static final String ROW = "row";
    static final String CELL = "c";
    static final String VALUE = "v";
    static final String FORMULA = "f";
    static final String INLINE = "is";
    static final String TEXT = "t";
    static final String PHONETIC = "rPh";

    /** Receives the rows of a sheet in order. */
    @FunctionalInterface
    interface RowSink {
        /**
         * Takes one row.
         *
         * @param rowNumber the 1-based row number
         * @param cells the cells that hold something, in column order
         */
        void row(int rowNumber, List<RawCell> cells);

        /**
         * Takes the cells of a row that lie at or beyond the column limit; they are not in the row's
         * cells. Called before {@link #row} for that row.
         *
         * @param rowNumber the 1-based row number
         * @param first the 0-based column of the first such cell
         * @param last the 0-based column of the last such cell
         * @param count how many there were
         */
        default void beyondLimit(int rowNumber, int first, int last, int count) {}
    }

    /** Thrown when a sheet refers to shared strings but the workbook has none. */
    static final class NoSharedStrings extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoSharedStrings() {
            super("the sheet refers to shared strings but the workbook has none", null, false, false);
        }
    }

    /** Thrown by {@link InOrder} when a row number is not above the one before it. */
    static final class RowsOutOfOrder extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RowsOutOfOrder() {
            super("rows are stored out of order", null, false, false);
        }
    }

    /** Passes rows on while their numbers rise; throws {@link RowsOutOfOrder} at the first that does not. */
    static final class InOrder implements RowSink {
        private final RowSink sink;
        private int last;

        InOrder(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void row(int rowNumber, List<RawCell> cells) {
            if (rowNumber <= last) {
                throw new RowsOutOfOrder();
            }
            last = rowNumber;
            sink.row(rowNumber, cells);
        }

        @Override
        public void beyondLimit(int rowNumber, int first, int last, int count) {
            sink.beyondLimit(rowNumber, first, last, count);
        }
    }

    /**
     * Collects the rows of a sheet stored out of order, keyed by row number, and replays them in
     * order. Holds the sheet in memory: at most the row limit of non-empty rows, each cut at the
     * column limit; a row number given twice has its cells joined.
     */
    static final class Sorted implements RowSink {
        private final java.util.TreeMap<Integer, List<RawCell>> rows = new java.util.TreeMap<>();
        private final java.util.Map<Integer, int[]> beyond = new java.util.HashMap<>();
        private final int maxRows;

        Sorted(int maxRowsPerSheet) {
            this.maxRows = maxRowsPerSheet;
        }

        @Override
        public void row(int rowNumber, List<RawCell> cells) {
            if (cells.isEmpty() && !beyond.containsKey(rowNumber)) {
                return;
            }
            rows.computeIfAbsent(rowNumber, k -> new ArrayList<>()).addAll(cells);
            if (rows.size() > maxRows + 1) { // one more for the header
                throw new LimitExceededException("the sheet has more than " + maxRows + " data rows (maxRowsPerSheet)",
                        "maxRowsPerSheet", maxRows);
            }
        }

        @Override
        public void beyondLimit(int rowNumber, int first, int last, int count) {
            int[] b = beyond.get(rowNumber);
            beyond.put(rowNumber, b == null ? new int[] {first, last, count}
                    : new int[] {Math.min(first, b[0]), Math.max(last, b[1]), count + b[2]});
        }

        void replay(RowSink sink) {
            for (java.util.Map.Entry<Integer, List<RawCell>> e : rows.entrySet()) {
                int[] b = beyond.get(e.getKey());
                if (b != null) {
                    sink.beyondLimit(e.getKey(), b[0], b[1], b[2]);
                }
                List<RawCell> cells = e.getValue();
                cells.sort(java.util.Comparator.comparingInt(RawCell::column));
                sink.row(e.getKey(), cells);
            }
        }
    }

    private final @Nullable SharedStrings sst;
    private final IntPredicate dateStyle;
    private final int maxCellChars;
    private final int maxColumns;
    private final RowSink sink;

    private boolean inSheetData;
    private int rowNumber;
    private int nextColumn;
    private @Nullable List<RawCell> cells;
    private int beyondFirst;
    private int beyondLast;
    private int beyondCount;

    private boolean inCell;
    private int column;
    private @Nullable String type;
    private int style;
    private boolean formula;
    private boolean sawValue;
    private boolean collecting;
    private boolean inInline;
    private boolean inPhonetic;
    private boolean tooLong;
    private final StringBuilder text = new StringBuilder();

    /** The attributes of the current element, by unprefixed name. */
    @FunctionalInterface
    interface Attrs {
        /** @return the value of the unprefixed attribute, or null when the element has none */
        @Nullable String get(String name);

        /** @return a row's number from {@code r}, or the fallback when absent or not a positive number */
        default int row(int fallback) {
            return parseRow(get("r"), fallback);
        }

        /** @return a cell's 0-based column from {@code r}, or the fallback when absent or malformed */
        default int column(int fallback) {
            return parseColumn(get("r"), fallback);
        }

        /** @return a cell's style index from {@code s}, or -1 when absent or not a number */
        default int style() {
            String s = get("s");
            return s == null ? -1 : parseInt(s, -1);
        }

        /** @return a cell's type from {@code t}, or null */
        default @Nullable String type() {
            return get("t");
        }
    }

    /**
     * @param sst the shared strings, or null when the workbook has none
     * @param maxColumns cells in this column (0-based) and beyond are not kept, only counted
     */
    SheetHandler(@Nullable SharedStrings sst, IntPredicate dateStyle, int maxCellChars, int maxColumns, RowSink sink) {
        this.sst = sst;
        this.dateStyle = dateStyle;
        this.maxCellChars = maxCellChars;
        this.maxColumns = maxColumns;
        this.sink = sink;
    }

    /**
     * An element starts.
     *
     * @param name its local name: one of the constants above for those read, any other text else
     * @param attrs its unprefixed attributes
     */
    void start(String name, Attrs attrs) {
        if (!inSheetData) {
            if (name.equals("sheetData")) {
                inSheetData = true;
            }
            return;
        }
        switch (name) {
            case "row" -> {
                rowNumber = attrs.row(rowNumber + 1);
                nextColumn = 0;
                cells = new ArrayList<>();
                beyondCount = 0;
            }
            case "c" -> startCell(attrs);
            case "v" -> {
                if (inCell) {
                    sawValue = true;
                    collecting = true;
                }
            }
            case "f" -> formula = inCell;
            case "is" -> inInline = inCell;
            case "t" -> collecting = inInline && !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> {
                // other elements carry no cell values
            }
        }
    }

    private void startCell(Attrs attrs) {
        inCell = true;
        type = attrs.type();
        column = attrs.column(nextColumn);
        nextColumn = column + 1;
        style = attrs.style();
        formula = false;
        sawValue = false;
        collecting = false;
        inInline = false;
        inPhonetic = false;
        tooLong = false;
        text.setLength(0);
    }

    /** Text inside the current element (kept only where it is a cell's value). */
    void characters(char[] ch, int start, int length) {
        if (!collecting) {
            return;
        }
        int room = maxCellChars - text.length();
        if (length > room) {
            tooLong = true;
            text.append(ch, start, Math.max(0, room));
        } else {
            text.append(ch, start, length);
        }
    }

    /** An element ends; {@code name} as for {@link #start}. */
    void end(String name) {
        if (!inSheetData) {
            return;
        }
        switch (name) {
            case "v", "t" -> collecting = false;
            case "rPh" -> inPhonetic = false;
            case "is" -> {
                inInline = false;
                sawValue = true;
            }
            case "c" -> endCell();
            case "row" -> {
                List<RawCell> row = cells;
                cells = null;
                if (row != null) {
                    if (beyondCount > 0) {
                        sink.beyondLimit(rowNumber, beyondFirst, beyondLast, beyondCount);
                    }
                    sink.row(rowNumber, row);
                }
            }
            case "sheetData" -> inSheetData = false;
            default -> {
                // nothing to do
            }
        }
    }

    private void endCell() {
        inCell = false;
        RawCell cell = cell();
        if (cell == null || cells == null) {
            return;
        }
        if (column >= maxColumns) {
            if (cell.blank()) {
                return;
            }
            beyondFirst = beyondCount == 0 ? column : Math.min(beyondFirst, column);
            beyondLast = beyondCount == 0 ? column : Math.max(beyondLast, column);
            beyondCount++;
            return;
        }
        cells.add(cell);
    }

    private @Nullable RawCell cell() {
        String t = type == null ? "n" : type;
        if (!sawValue) {
            return formula ? RawCell.of(column, RawCell.Kind.NO_RESULT, "") : null;
        }
        switch (t) {
            case "s" -> {
                int idx = index(text);
                if (idx < 0) {
                    return RawCell.of(column, RawCell.Kind.UNREADABLE, "");
                }
                if (sst == null) {
                    throw new NoSharedStrings();
                }
                String s;
                try {
                    s = sst.getItemAt(idx).getString();
                } catch (RuntimeException e) {
                    return RawCell.of(column, RawCell.Kind.UNREADABLE, "");
                }
                if (s == null) {
                    s = "";
                }
                boolean longText = s.length() > maxCellChars;
                return RawCell.text(column, longText ? s.substring(0, maxCellChars) : s, longText);
            }
            case "inlineStr", "str", "d" -> {
                return RawCell.text(column, text.toString(), tooLong);
            }
            case "b" -> {
                String b = Text.trim(text.toString());
                if (b.equals("1") || b.equalsIgnoreCase("true")) {
                    return RawCell.of(column, RawCell.Kind.BOOLEAN, "1");
                }
                if (b.equals("0") || b.equalsIgnoreCase("false")) {
                    return RawCell.of(column, RawCell.Kind.BOOLEAN, "0");
                }
                return RawCell.of(column, RawCell.Kind.UNREADABLE, "");
            }
            case "e" -> {
                return RawCell.of(column, RawCell.Kind.ERROR, Text.trim(text.toString()));
            }
            default -> {
                double d = simpleDecimal(text);
                if (Double.isNaN(d)) {
                    String n = Text.trim(text.toString());
                    if (n.isEmpty()) {
                        return null;
                    }
                    try {
                        d = Double.parseDouble(n);
                    } catch (NumberFormatException e) {
                        return RawCell.of(column, RawCell.Kind.UNREADABLE, "");
                    }
                }
                return RawCell.number(column, d, style >= 0 && dateStyle.test(style));
            }
        }
    }

    /** The shared string index: up to 9 plain digits read in place, anything else as before. */
    private static int index(CharSequence v) {
        int n = v.length();
        if (n > 0 && n <= 9) {
            int idx = 0;
            for (int i = 0; i < n; i++) {
                char c = v.charAt(i);
                if (c < '0' || c > '9') {
                    return parseInt(Text.trim(v.toString()), -1);
                }
                idx = idx * 10 + (c - '0');
            }
            return idx;
        }
        return parseInt(Text.trim(v.toString()), -1);
    }

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15};

    /**
     * The value of a plain decimal such as {@code -12.75} with at most 15 digits, read in place; NaN for
     * anything else (signs other than a leading minus, exponents, spaces), which then goes to
     * {@link Double#parseDouble}. Digits and 10^k are exact doubles, so one division rounds correctly and
     * the result equals {@code Double.parseDouble}'s.
     */
    static double simpleDecimal(CharSequence v) {
        int n = v.length();
        int i = n > 0 && v.charAt(0) == '-' ? 1 : 0;
        if (i == n) {
            return Double.NaN;
        }
        long digits = 0;
        int count = 0;
        int point = -1;
        for (; i < n; i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++count > 15) {
                    return Double.NaN;
                }
                digits = digits * 10 + (c - '0');
            } else if (c == '.' && point < 0) {
                point = i;
            } else {
                return Double.NaN;
            }
        }
        if (count == 0) {
            return Double.NaN;
        }
        double d = point < 0 ? digits : digits / POWERS_OF_TEN[n - 1 - point];
        return v.charAt(0) == '-' ? -d : d;
    }

    static int parseRow(@Nullable String r, int fallback) {
        int n = r == null ? -1 : parseInt(r, -1);
        return n >= 1 ? n : fallback;
    }

    /** Column index from an A1 reference such as {@code AB12}; the fallback when absent or malformed. */
    static int parseColumn(@Nullable String ref, int fallback) {
        return ref == null ? fallback : parseColumn(ref.toCharArray(), 0, ref.length(), fallback);
    }

    /** {@link #parseColumn(String, int)} over {@code chars[start, end)}, the one rule for both readers. */
    static int parseColumn(char[] chars, int start, int end, int fallback) {
        int col = 0;
        int k = start;
        for (; k < end; k++) {
            char c = chars[k];
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                col = col * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            if (col > 1_000_000) {
                return fallback;
            }
        }
        return k == start ? fallback : col - 1;
    }

    static int parseInt(String s, int fallback) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
