package dev.ergo.xlsx;

import dev.ergo.model.internal.files.AtomicFiles;
import dev.ergo.model.text.Languages;
import java.util.Locale;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Writes an empty survey workbook with help comments, drop-down lists and range checks.
 *
 * <p>The template holds an {@code Instructions} sheet and every sheet of the survey format in order,
 * each with a bold, frozen header row; the ranges and allowed words are the ones the importer checks.
 * Reading the template back gives no rows and no errors.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class SurveyTemplate {
    private SurveyTemplate() {}

    /**
     * Writes the template to a file, atomically: a temporary file in the same directory is written and
     * then moved over the target, so the target is never half-written.
     *
     * @param file the {@code .xlsx} file to create or replace, not null
     * @throws ImportException if the file cannot be written
     */
    public static void write(Path file) {
        write(file, Languages.DEFAULT);
    }

    /**
     * Writes the template with its instructions and help comments in a language, atomically.
     *
     * @param file the {@code .xlsx} file to create or replace, not null
     * @param language the language of the instructions and comments; one without a translation reads
     *     English, not null
     * @throws ImportException if the file cannot be written
     * @since 0.2
     */
    public static void write(Path file, Locale language) {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(language, "language must not be null");
        try {
            AtomicFiles.write(file, out -> TemplateWriter.write(out, XlsxTexts.MESSAGES.in(language)));
        } catch (IOException e) {
            throw new ImportException("the template could not be written to " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the template to a stream; the stream is not closed.
     *
     * @param out where to write the {@code .xlsx} bytes, not null
     * @throws ImportException if the stream cannot be written
     */
    public static void write(OutputStream out) {
        write(out, Languages.DEFAULT);
    }

    /**
     * Writes the template in a language to a stream; the stream is not closed.
     *
     * @param out where to write the {@code .xlsx} bytes, not null
     * @param language the language of the instructions and comments; one without a translation reads
     *     English, not null
     * @throws ImportException if the stream cannot be written
     * @since 0.2
     */
    public static void write(OutputStream out, Locale language) {
        Objects.requireNonNull(out, "out must not be null");
        Objects.requireNonNull(language, "language must not be null");
        try {
            TemplateWriter.write(out, XlsxTexts.MESSAGES.in(language));
        } catch (IOException e) {
            throw new ImportException("the template could not be written: " + e.getMessage(), e);
        }
    }
}
