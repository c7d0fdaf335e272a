package dev.ergo.xlsx;

import jakarta.validation.Validator;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How a survey workbook is read: the safety limits and the validator.
 *
 * <p>This class is immutable and thread-safe. Start from {@link #DEFAULT} and change it with
 * {@link #toBuilder()}, for example {@code ImportOptions.DEFAULT.toBuilder().maxRowsPerSheet(50_000).build()}.
 * The limits are enforced per import; POI's JVM-wide settings are never changed.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ImportOptions {

    /** Default for {@link #maxRowsPerSheet()}: 1 000 000 data rows. */
    public static final int DEFAULT_MAX_ROWS_PER_SHEET = 1_000_000;

    /** Default for {@link #maxColumns()}: 200 columns (A to GR). */
    public static final int DEFAULT_MAX_COLUMNS = 200;

    /** Default for {@link #maxCellChars()}: 32 767 characters, the most a spreadsheet cell holds. */
    public static final int DEFAULT_MAX_CELL_CHARS = 32_767;

    /** Default for {@link #maxFileBytes()}: 200 MB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 200L * 1024 * 1024;

    /** The defaults: the limits above and the library's own validator. */
    public static final ImportOptions DEFAULT = builder().build();

    private final int maxRowsPerSheet;
    private final int maxColumns;
    private final int maxCellChars;
    private final long maxFileBytes;
    private final @Nullable Validator validator;

    private ImportOptions(Builder b) {
        this.maxRowsPerSheet = b.maxRowsPerSheet;
        this.maxColumns = b.maxColumns;
        this.maxCellChars = b.maxCellChars;
        this.maxFileBytes = b.maxFileBytes;
        this.validator = b.validator;
    }

    /**
     * Returns a builder holding the default values.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this object's values.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxRowsPerSheet = maxRowsPerSheet;
        b.maxColumns = maxColumns;
        b.maxCellChars = maxCellChars;
        b.maxFileBytes = maxFileBytes;
        b.validator = validator;
        return b;
    }

    /** @return the most non-empty data rows one sheet may have */
    public int maxRowsPerSheet() {
        return maxRowsPerSheet;
    }

    /**
     * Returns how many columns of a sheet are read, from column A. Cells beyond them are not kept in
     * memory; they, and cells right of the last column with a header, are ignored with one notice
     * per sheet.
     *
     * @return the number of columns read
     */
    public int maxColumns() {
        return maxColumns;
    }

    /** @return the most characters one cell may hold; a longer cell is a problem for that cell */
    public int maxCellChars() {
        return maxCellChars;
    }

    /** @return the largest file, in bytes, that is opened */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** @return the host-supplied validator, or null to use the library's own */
    public @Nullable Validator validator() {
        return validator;
    }

    @Override
    public String toString() {
        return "ImportOptions[maxRowsPerSheet=" + maxRowsPerSheet + ", maxColumns=" + maxColumns
                + ", maxCellChars=" + maxCellChars + ", maxFileBytes=" + maxFileBytes
                + ", validator=" + (validator == null ? "library" : "host") + "]";
    }

    /** Builds {@link ImportOptions}; validates every value eagerly; not thread-safe. */
    public static final class Builder {
        private int maxRowsPerSheet = DEFAULT_MAX_ROWS_PER_SHEET;
        private int maxColumns = DEFAULT_MAX_COLUMNS;
        private int maxCellChars = DEFAULT_MAX_CELL_CHARS;
        private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;
        private @Nullable Validator validator;

        private Builder() {}

        /**
         * Sets the most non-empty data rows one sheet may have.
         *
         * @param rows the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxRowsPerSheet(int rows) {
            this.maxRowsPerSheet = (int) requirePositive("maxRowsPerSheet", rows);
            return this;
        }

        /**
         * Sets how many columns of a sheet are read; cells beyond them are ignored with a notice.
         *
         * @param columns the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxColumns(int columns) {
            this.maxColumns = (int) requirePositive("maxColumns", columns);
            return this;
        }

        /**
         * Sets the most characters one cell may hold.
         *
         * @param chars the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxCellChars(int chars) {
            this.maxCellChars = (int) requirePositive("maxCellChars", chars);
            return this;
        }

        /**
         * Sets the largest file, in bytes, that is opened.
         *
         * @param bytes the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxFileBytes(long bytes) {
            this.maxFileBytes = requirePositive("maxFileBytes", bytes);
            return this;
        }

        /**
         * Uses a host-supplied validator instead of the library's own.
         *
         * @param validator the validator, not null
         * @return this builder
         */
        public Builder validator(Validator validator) {
            this.validator = Objects.requireNonNull(validator, "validator must not be null");
            return this;
        }

        /**
         * Returns the options.
         *
         * @return the options, not null
         */
        public ImportOptions build() {
            return new ImportOptions(this);
        }

        private static long requirePositive(String name, long value) {
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be positive but was " + value);
            }
            return value;
        }
    }
}
