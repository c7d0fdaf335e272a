package dev.ergo.report;

import dev.ergo.model.text.Languages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How reports are rendered: whether names are printed, PDF/A, deterministic output, the
 * organisation printed in headers, fonts added for scripts the bundled fonts lack and the language
 * the reports are written in.
 *
 * <p>This class is immutable and thread-safe. Start from {@link #DEFAULT} or {@link #builder()}:
 *
 * <pre>{@code
 * ReportOptions options = ReportOptions.builder()
 *         .organisation("Acme Ltd")
 *         .pdfA(true)
 *         .build();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ReportOptions {

    /** The longest organisation name accepted, in characters. */
    public static final int MAX_ORGANISATION_LENGTH = 120;

    /** Names printed, plain PDF, today's date, no organisation, English. */
    public static final ReportOptions DEFAULT = builder().build();

    private final boolean includeNames;
    private final boolean pdfA;
    private final @Nullable LocalDate fixedCreationDate;
    private final @Nullable String organisation;
    private final List<AddedFont> fonts;
    private final Locale language;

    private ReportOptions(Builder b) {
        this.language = b.language;
        this.fonts = List.copyOf(b.fonts);
        this.includeNames = b.includeNames;
        this.pdfA = b.pdfA;
        this.fixedCreationDate = b.fixedCreationDate;
        this.organisation = b.organisation;
    }

    /**
     * Returns a builder with the default values.
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
        b.includeNames = includeNames;
        b.pdfA = pdfA;
        b.fixedCreationDate = fixedCreationDate;
        b.organisation = organisation;
        b.fonts.addAll(fonts);
        b.language = language;
        return b;
    }

    /**
     * Returns whether the employee's name is printed when present; when false only the employee id
     * identifies the employee.
     *
     * @return true to print names (the default)
     */
    public boolean includeNames() {
        return includeNames;
    }

    /**
     * Returns whether reports are written as PDF/A-1b with an embedded sRGB output intent.
     *
     * @return true for PDF/A-1b; false (the default) for plain PDF
     */
    public boolean pdfA() {
        return pdfA;
    }

    /**
     * Returns the fixed creation date; when set, the same input gives byte-for-byte the same PDF.
     *
     * @return the date printed and stored as creation date, or null for the current date and time
     */
    public @Nullable LocalDate fixedCreationDate() {
        return fixedCreationDate;
    }

    /**
     * Returns the organisation printed in the report headers.
     *
     * @return the organisation, or null for none
     */
    public @Nullable String organisation() {
        return organisation;
    }

    /**
     * Returns the fonts added with {@link Builder#addFont(byte[])}, by their PostScript names, in the
     * order they are tried.
     *
     * @return the names, possibly empty, not null
     * @since 0.1
     */
    public List<String> fonts() {
        return fonts.stream().map(AddedFont::postscriptName).toList();
    }

    /**
     * Returns the language of the summary report (headings, sentences, units, numbers and dates). Each
     * employee's report is in its result's language ({@code AssessmentResult.language()}: the employee's
     * own if ergo has it, else the run's, {@code AssessmentOptions.language()}), so a German employee gets
     * a German report from an English run; the pseudo-locale {@link Languages#PSEUDO} applies to all.
     *
     * @return a supported language ({@link Languages#supported()}) or the layout-testing pseudo-locale
     *     {@link Languages#PSEUDO}; English by default; not null
     * @since 0.2
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public Locale language() {
        return language;
    }

    /** @return the added fonts, in order */
    List<AddedFont> addedFonts() {
        return fonts;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ReportOptions other
                && includeNames == other.includeNames
                && pdfA == other.pdfA
                && Objects.equals(fixedCreationDate, other.fixedCreationDate)
                && Objects.equals(organisation, other.organisation)
                && fonts.equals(other.fonts)
                && language.equals(other.language);
    }

    @Override
    public int hashCode() {
        return Objects.hash(includeNames, pdfA, fixedCreationDate, organisation, fonts, language);
    }

    @Override
    public String toString() {
        return "ReportOptions[includeNames=" + includeNames + ", pdfA=" + pdfA + ", fixedCreationDate="
                + fixedCreationDate + ", organisation=" + organisation + (fonts.isEmpty() ? "" : ", fonts=" + fonts())
                + (language.equals(Languages.DEFAULT) ? "" : ", language=" + language.toLanguageTag()) + "]";
    }

    /**
     * Builds {@link ReportOptions}; validates each value when it is set; not thread-safe.
     *
     * @since 0.1
     */
    @API(status = API.Status.STABLE, since = "0.1")
    public static final class Builder {
        private boolean includeNames = true;
        private boolean pdfA;
        private @Nullable LocalDate fixedCreationDate;
        private @Nullable String organisation;
        private final List<AddedFont> fonts = new ArrayList<>();
        private Locale language = Languages.DEFAULT;

        private Builder() {}

        /**
         * Sets the language of the summary report (each employee's report follows its result's language; see
         * {@link ReportOptions#language()}). A regional variant reads its language
         * ({@code de-AT} is German); {@link Languages#PSEUDO} ({@code en-XA}) gives accented, longer
         * English to test layouts. Recommendation texts come from the engine's result.
         *
         * @param language a locale whose language is supported ({@link Languages#supported()}), not null
         * @return this builder
         * @throws IllegalArgumentException if no translation exists for the language
         * @since 0.2
         */
        @API(status = API.Status.EXPERIMENTAL, since = "0.2")
        public Builder language(Locale language) {
            Objects.requireNonNull(language, "language must not be null");
            this.language = Languages.resolve(language).orElseThrow(() -> new IllegalArgumentException(
                    "language must be one of " + Languages.supported().stream().map(Locale::toLanguageTag).toList()
                            + " but was '" + language.toLanguageTag() + "'"));
            return this;
        }

        /**
         * Adds a font that draws characters the bundled fonts lack. The reports bundle DejaVu Sans
         * (Latin, Greek, Cyrillic, Hebrew, Arabic, Armenian, Georgian and more), Noto Sans Devanagari
         * and Noto Sans Thai; Chinese, Japanese and Korean need a font added here, for example Noto
         * Sans CJK or Source Han Sans (SIL OFL). Each character is drawn in the first font that has
         * it: the bundled fonts first, then the added ones in the order added. Only the characters
         * used are embedded (subset).
         *
         * @param font the bytes of a TrueType or OpenType font ({@code .ttf}, {@code .otf}) or of a
         *     collection ({@code .ttc}, whose first font is used), not null; copied
         * @return this builder
         * @throws IllegalArgumentException if the bytes are no such font or its licence forbids embedding
         * @since 0.1
         */
        public Builder addFont(byte[] font) {
            Objects.requireNonNull(font, "font must not be null");
            fonts.add(AddedFont.of(font, "the font"));
            return this;
        }

        /**
         * Adds a font from a file; see {@link #addFont(byte[])}.
         *
         * @param file the font file, not null
         * @return this builder
         * @throws IllegalArgumentException if the file cannot be read, is no such font or its licence
         *     forbids embedding
         * @since 0.1
         */
        public Builder addFont(Path file) {
            Objects.requireNonNull(file, "file must not be null");
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new IllegalArgumentException("the font file " + file + " cannot be read: " + e.getMessage(), e);
            }
            fonts.add(AddedFont.of(bytes, "the font file " + file.getFileName()));
            return this;
        }

        /**
         * Sets whether the employee's name is printed when present.
         *
         * @param include false to identify employees by id only
         * @return this builder
         */
        public Builder includeNames(boolean include) {
            this.includeNames = include;
            return this;
        }

        /**
         * Sets whether reports are PDF/A-1b.
         *
         * @param pdfA true for PDF/A-1b with an embedded sRGB output intent
         * @return this builder
         */
        public Builder pdfA(boolean pdfA) {
            this.pdfA = pdfA;
            return this;
        }

        /**
         * Fixes the creation date, which makes the output deterministic.
         *
         * @param date the date, years 1900 to 9999, or null for the current date and time
         * @return this builder
         * @throws IllegalArgumentException if the year is outside 1900 to 9999
         */
        public Builder fixedCreationDate(@Nullable LocalDate date) {
            if (date != null && (date.getYear() < 1900 || date.getYear() > 9999)) {
                throw new IllegalArgumentException(
                        "fixedCreationDate must be between 1900-01-01 and 9999-12-31 but was " + date);
            }
            this.fixedCreationDate = date;
            return this;
        }

        /**
         * Sets the organisation printed in the report headers.
         *
         * @param organisation the name, 1 to {@value #MAX_ORGANISATION_LENGTH} characters without
         *     control characters, or null for none
         * @return this builder
         * @throws IllegalArgumentException if the name is blank, too long or contains control characters
         */
        public Builder organisation(@Nullable String organisation) {
            if (organisation != null) {
                if (organisation.isBlank()) {
                    throw new IllegalArgumentException("organisation must not be blank but was '" + organisation + "'");
                }
                if (organisation.length() > MAX_ORGANISATION_LENGTH) {
                    throw new IllegalArgumentException("organisation must be at most " + MAX_ORGANISATION_LENGTH
                            + " characters but was " + organisation.length() + " characters");
                }
                if (organisation.chars().anyMatch(Character::isISOControl)) {
                    throw new IllegalArgumentException(
                            "organisation must not contain control characters but was '"
                                    + organisation.replaceAll("\\p{Cntrl}", "?") + "'");
                }
                organisation = organisation.strip();
            }
            this.organisation = organisation;
            return this;
        }

        /**
         * Returns the options.
         *
         * @return the options, not null
         */
        public ReportOptions build() {
            return new ReportOptions(this);
        }
    }
}
