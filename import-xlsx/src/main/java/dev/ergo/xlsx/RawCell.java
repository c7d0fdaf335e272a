package dev.ergo.xlsx;

/**
 * One cell as stored in the sheet XML, before it is parsed for its column.
 *
 * @param column the 0-based column index
 * @param kind what the cell holds
 * @param text the text of a TEXT cell, the error code of an ERROR cell, else empty
 * @param number the value of a NUMBER cell (1 or 0 for BOOLEAN)
 * @param dateFormatted whether a NUMBER cell has a date format
 * @param tooLong whether the text was longer than the cell limit (then it is cut)
 */
record RawCell(int column, Kind kind, String text, double number, boolean dateFormatted, boolean tooLong) {

    /** What a cell holds. */
    enum Kind {
        /** Text: shared, inline or a formula's text result. */
        TEXT,
        /** A number, possibly date-formatted. */
        NUMBER,
        /** A boolean cell. */
        BOOLEAN,
        /** An error value such as {@code #DIV/0!}. */
        ERROR,
        /** A formula without a saved result. */
        NO_RESULT,
        /** A value that the file stores in a form that cannot be read. */
        UNREADABLE
    }

    static RawCell text(int column, String text, boolean tooLong) {
        return new RawCell(column, Kind.TEXT, text, 0, false, tooLong);
    }

    static RawCell number(int column, double value, boolean dateFormatted) {
        return new RawCell(column, Kind.NUMBER, "", value, dateFormatted, false);
    }

    static RawCell of(int column, Kind kind, String text) {
        return new RawCell(column, kind, text, kind == Kind.BOOLEAN && text.equals("1") ? 1 : 0, false, false);
    }

    /** @return whether the cell counts as empty: blank text only */
    boolean blank() {
        return kind == Kind.TEXT && !tooLong && Text.trim(text).isEmpty();
    }
}
