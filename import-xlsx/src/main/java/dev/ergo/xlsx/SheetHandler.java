package dev.ergo.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.apache.poi.xssf.model.SharedStrings;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the rows of one worksheet part as typed {@link RawCell}s.
 *
 * <p>Handles shared strings, inline strings, formula text results, booleans, errors and numbers
 * (date-formatted ones flagged through the style), cached formula results, formulas without one, and
 * rows or cells without an {@code r} attribute (positions are counted). Only cells inside
 * {@code sheetData} are read. Empty rows are passed on too; the consumer decides what is empty.
 */
final class SheetHandler extends DefaultHandler {

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
    }

    private final SharedStrings sst;
    private final IntPredicate dateStyle;
    private final int maxCellChars;
    private final RowSink sink;

    private boolean inSheetData;
    private int rowNumber;
    private int nextColumn;
    private @Nullable List<RawCell> cells;

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

    SheetHandler(SharedStrings sst, IntPredicate dateStyle, int maxCellChars, RowSink sink) {
        this.sst = sst;
        this.dateStyle = dateStyle;
        this.maxCellChars = maxCellChars;
        this.sink = sink;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attrs) {
        String name = localName.isEmpty() ? qName : localName;
        if (!inSheetData) {
            if (name.equals("sheetData")) {
                inSheetData = true;
            }
            return;
        }
        switch (name) {
            case "row" -> {
                rowNumber = parseRow(attrs.getValue("r"), rowNumber + 1);
                nextColumn = 0;
                cells = new ArrayList<>();
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

    private void startCell(Attributes attrs) {
        inCell = true;
        column = parseColumn(attrs.getValue("r"), nextColumn);
        nextColumn = column + 1;
        type = attrs.getValue("t");
        String s = attrs.getValue("s");
        style = s == null ? -1 : parseInt(s, -1);
        formula = false;
        sawValue = false;
        collecting = false;
        inInline = false;
        inPhonetic = false;
        tooLong = false;
        text.setLength(0);
    }

    @Override
    public void characters(char[] ch, int start, int length) {
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

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
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
        if (cell != null && cells != null) {
            cells.add(cell);
        }
    }

    private @Nullable RawCell cell() {
        String t = type == null ? "n" : type;
        if (!sawValue) {
            return formula ? RawCell.of(column, RawCell.Kind.NO_RESULT, "") : null;
        }
        String v = text.toString();
        switch (t) {
            case "s" -> {
                int idx = parseInt(Text.trim(v), -1);
                if (idx < 0) {
                    return RawCell.of(column, RawCell.Kind.UNREADABLE, "");
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
                return RawCell.text(column, v, tooLong);
            }
            case "b" -> {
                String b = Text.trim(v);
                if (b.equals("1") || b.equalsIgnoreCase("true")) {
                    return RawCell.of(column, RawCell.Kind.BOOLEAN, "1");
                }
                if (b.equals("0") || b.equalsIgnoreCase("false")) {
                    return RawCell.of(column, RawCell.Kind.BOOLEAN, "0");
                }
                return RawCell.of(column, RawCell.Kind.UNREADABLE, "");
            }
            case "e" -> {
                return RawCell.of(column, RawCell.Kind.ERROR, Text.trim(v));
            }
            default -> {
                String n = Text.trim(v);
                if (n.isEmpty()) {
                    return null;
                }
                try {
                    double d = Double.parseDouble(n);
                    return RawCell.number(column, d, style >= 0 && dateStyle.test(style));
                } catch (NumberFormatException e) {
                    return RawCell.of(column, RawCell.Kind.UNREADABLE, "");
                }
            }
        }
    }

    private static int parseRow(@Nullable String r, int fallback) {
        int n = r == null ? -1 : parseInt(r, -1);
        return n >= 1 ? n : fallback;
    }

    /** Column index from an A1 reference such as {@code AB12}; the fallback when absent or malformed. */
    static int parseColumn(@Nullable String ref, int fallback) {
        if (ref == null) {
            return fallback;
        }
        int col = 0;
        int i = 0;
        while (i < ref.length()) {
            char c = ref.charAt(i);
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
            i++;
        }
        return i == 0 ? fallback : col - 1;
    }

    private static int parseInt(String s, int fallback) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
