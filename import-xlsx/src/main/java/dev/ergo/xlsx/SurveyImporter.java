package dev.ergo.xlsx;

import dev.ergo.model.validation.SurveyValidator;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Reads a survey workbook ({@code .xlsx}) into employee surveys, streaming, with row-level problems.
 *
 * <p>This class is immutable and thread-safe; one instance serves any number of imports at once. The
 * first import with a validator builds its metadata of the survey's record types on a short-lived daemon
 * thread while it opens the file (see {@link SurveyValidator#prepare}).
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
    private final SurveyValidator validator;

    private SurveyImporter(ImportOptions options) {
        this.options = options;
        Validator v = options.validator();
        this.validator = v != null ? SurveyValidator.of(v) : SurveyValidator.create();
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
        try (SpooledImport in = new ImportRun(options, validator, RecordLog.inMemory()).read(workbook)) {
            return in.toResult();
        }
    }

    /**
     * Reads a workbook file and keeps its surveys in a temporary file (in a new folder only this user can
     * read, where the file system allows), so that memory stays flat however many employees it holds.
     * Validation, problems and row counts are those of {@link #read(Path)}.
     *
     * <p>The caller must close the result, which deletes the temporary file.
     *
     * @param workbook the {@code .xlsx} file, not null
     * @return the import, not null
     * @throws ImportException as {@link #read(Path)}, or if the temporary file cannot be written
     * @since 0.2
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public SpooledImport readSpooled(Path workbook) {
        Objects.requireNonNull(workbook, "workbook must not be null");
        RecordLog log;
        try {
            log = RecordLog.spooled(privateTempDir());
        } catch (IOException e) {
            throw new ImportException("cannot create a temporary file for the surveys: " + e.getMessage(), e);
        }
        try {
            return new ImportRun(options, validator, log).read(workbook);
        } catch (UncheckedIOException e) {
            log.close();
            throw new ImportException("cannot write the temporary file of the surveys: " + e.getCause().getMessage(), e);
        } catch (RuntimeException | Error e) {
            log.close();
            throw e;
        }
    }

    /**
     * Reads a workbook from a stream: copies it to a temporary file in a private temporary folder
     * (owner-only permissions where the file system has them), reads that and deletes both.
     *
     * <p>The stream is read to its end but not closed.
     *
     * @param in the workbook bytes, not null
     * @return the surveys, problems and row counts, not null
     * @throws ImportException as {@link #read(Path)}, or if the stream cannot be read
     */
    public ImportResult read(InputStream in) {
        Objects.requireNonNull(in, "in must not be null");
        Path dir = null;
        Path tmp = null;
        try {
            dir = privateTempDir();
            tmp = dir.resolve("workbook.xlsx");
            copy(in, tmp);
            return read(tmp);
        } catch (IOException e) {
            throw new ImportException("the workbook could not be read from the stream: " + e.getMessage(), e);
        } finally {
            for (Path p : new Path[] {tmp, dir}) {
                if (p != null) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        p.toFile().deleteOnExit();
                    }
                }
            }
        }
    }

    /** A new folder only this user can read: survey answers are health data. */
    private static Path privateTempDir() throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempDirectory("ergo-import-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return Files.createTempDirectory("ergo-import-");
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
