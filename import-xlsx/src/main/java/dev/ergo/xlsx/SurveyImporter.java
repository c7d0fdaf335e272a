package dev.ergo.xlsx;

import dev.ergo.engine.AssessmentOptions;
import dev.ergo.engine.Assessor;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Reads a survey workbook ({@code .xlsx}) into employee surveys, streaming, with row-level problems.
 *
 * <p>This class is immutable and thread-safe; one instance serves any number of imports at once.
 *
 * <pre>{@code
 * ImportResult result = SurveyImporter.create().read(Path.of("survey.xlsx"));
 * result.problems().forEach(System.out::println);
 * List<EmployeeSurvey> surveys = result.surveys();
 * }</pre>
 *
 * <p>A bad cell or row never stops the import: it is reported in {@link ImportResult#problems()} with
 * sheet, row, column and cell, and the row is counted as rejected. Only a file that cannot be read as a
 * survey workbook at all throws an {@link ImportException}; any other exception is a bug.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class SurveyImporter {
    private final ImportOptions options;
    private final Assessor assessor;

    private SurveyImporter(ImportOptions options) {
        this.options = options;
        Validator v = options.validator();
        AssessmentOptions.Builder b = AssessmentOptions.builder();
        if (v != null) {
            b.validator(v);
        }
        this.assessor = Assessor.of(b.build());
    }

    /**
     * Returns an importer with the given options.
     *
     * @param options the options, not null
     * @return the importer, not null
     */
    public static SurveyImporter of(ImportOptions options) {
        return new SurveyImporter(Objects.requireNonNull(options, "options must not be null"));
    }

    /**
     * Returns an importer with {@link ImportOptions#DEFAULT}.
     *
     * @return the importer, not null
     */
    public static SurveyImporter create() {
        return of(ImportOptions.DEFAULT);
    }

    /** @return the options, not null */
    public ImportOptions options() {
        return options;
    }

    /**
     * Reads a workbook file.
     *
     * @param workbook the {@code .xlsx} file, not null
     * @return the surveys, problems and row counts, not null
     * @throws UnsupportedFormatException if the file is not a readable {@code .xlsx} workbook
     * @throws EncryptedWorkbookException if the workbook is password-protected
     * @throws LimitExceededException if the file exceeds a limit of the options
     * @throws ImportException if the file does not exist, has no {@code Employees} sheet, or that sheet's
     *     header keeps every row from being imported (for example no {@code employee_id} column)
     */
    public ImportResult read(Path workbook) {
        Objects.requireNonNull(workbook, "workbook must not be null");
        return new ImportRun(options, assessor).read(workbook);
    }

    /**
     * Reads a workbook from a stream: copies it to a temporary file, reads that and deletes it.
     *
     * <p>The stream is read to its end but not closed.
     *
     * @param in the workbook bytes, not null
     * @return the surveys, problems and row counts, not null
     * @throws ImportException as {@link #read(Path)}, or if the stream cannot be read
     */
    public ImportResult read(InputStream in) {
        Objects.requireNonNull(in, "in must not be null");
        Path tmp = null;
        try {
            tmp = Files.createTempFile("ergo-import-", ".xlsx");
            copy(in, tmp);
            return read(tmp);
        } catch (IOException e) {
            throw new ImportException("the workbook could not be read from the stream: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    tmp.toFile().deleteOnExit();
                }
            }
        }
    }

    private void copy(InputStream in, Path target) throws IOException {
        long max = options.maxFileBytes();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > max) {
                    throw new LimitExceededException("the workbook has more than the limit of " + max
                            + " bytes (maxFileBytes)", "maxFileBytes", max);
                }
                out.write(buffer, 0, n);
            }
        }
    }

    @Override
    public String toString() {
        return "SurveyImporter[" + options + "]";
    }
}
