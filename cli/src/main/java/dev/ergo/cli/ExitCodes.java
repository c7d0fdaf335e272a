package dev.ergo.cli;

/** The process exit codes, listed in {@code --help}. */
final class ExitCodes {
    private ExitCodes() {}

    /** Everything imported and written. */
    static final int OK = 0;
    /** Finished, but some rows of the workbook were rejected or a sheet had errors: see problems.csv. */
    static final int INPUT_PROBLEMS = 1;
    /** The command line was wrong. */
    static final int USAGE = 2;
    /** The workbook could not be read at all (not .xlsx, password-protected, damaged, no Employees sheet). */
    static final int UNREADABLE = 3;
    /** An output file could not be written. */
    static final int OUTPUT_FAILED = 4;
    /** An unexpected internal error (a bug: please report it). */
    static final int INTERNAL = 70;
}
