package dev.ergo.xlsx;

/** What a column holds; decides how a cell is parsed and how the template validates it. */
enum ColumnType {
    /** Free text; numbers are written without a trailing {@code .0}. */
    TEXT,
    /** A decimal number. */
    NUMBER,
    /** A whole number. */
    INTEGER,
    /** yes/no, y/n, true/false, 1/0 or a boolean cell. */
    BOOLEAN,
    /** One of a few words, case-insensitive. */
    ENUM,
    /** A date cell or ISO text {@code YYYY-MM-DD}. */
    DATE,
    /** A BCP 47 language tag ({@code de}, {@code pt-BR}); one without a translation is a warning. */
    LANGUAGE
}
