package dev.ergo.engine.internal.json;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.FactorResult;
import dev.ergo.engine.FollowUp;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.ResultSection;
import dev.ergo.model.Employee;
import dev.ergo.model.SourceRow;
import dev.ergo.model.text.Languages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The results contract in one place: writes an {@link AssessmentResult} as a {@code results.jsonl} line
 * and a {@code results.csv} row, and reads a line back, with one {@link SectionCodec} per section type.
 *
 * <p>Reading: the employee gets the id and, when present, the name; the date, sections, advice and notes
 * come from the line; lights, counts and other derived values are recomputed, not read. Each
 * recommendation goes to the first section of the line whose codec {@linkplain SectionCodec#claims
 * claims} it, with its position in the line as its priority, which keeps the written order. Members
 * the contract does not know are ignored.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class ResultSerializer {
    /**
     * The columns of {@code results.csv} before the sections' columns; {@code factors_assessed} tells an
     * employee without factor rows (0) from one whose factors are all LOW.
     */
    private static final List<String> LEADING_COLUMNS =
            List.of("employee_id", "assessment_date", "overall_risk", "factors_assessed");
    /** The column after the sections' columns. */
    private static final String CODES_COLUMN = "recommendation_codes";
    /** The last column (v1.1): the BCP 47 tag of the language the employee's texts are in. */
    private static final String LANGUAGE_COLUMN = "language";

    /** How sections without a codec are written (sections a library user made). */
    public interface Fallback {
        /**
         * Writes a section without a codec into the employee's object.
         *
         * @param section the section, not null
         * @param out the writer, not null
         */
        void writeJson(ResultSection section, JsonOut out);

        /**
         * Puts the cells of a section without a codec.
         *
         * @param section the section, not null
         * @param cells the row, not null
         */
        void writeCsv(ResultSection section, CsvCells cells);
    }

    private final List<SectionCodec<?>> codecs;
    private final Map<Class<?>, SectionCodec<?>> byType = new LinkedHashMap<>();
    private final Fallback fallback;
    private final List<String> csvHeader;

    /**
     * Creates the serializer.
     *
     * @param codecs the codecs in the order sections appear, not null
     * @param fallback how to write sections without a codec, not null
     * @throws IllegalArgumentException if two codecs share a type, key or CSV column
     */
    public ResultSerializer(List<SectionCodec<?>> codecs, Fallback fallback) {
        this.codecs = List.copyOf(codecs);
        this.fallback = Objects.requireNonNull(fallback, "fallback must not be null");
        Set<String> keys = new HashSet<>();
        List<String> header = new ArrayList<>(LEADING_COLUMNS);
        for (SectionCodec<?> c : this.codecs) {
            if (byType.put(c.type(), c) != null || !keys.add(c.key())) {
                throw new IllegalArgumentException("two codecs for " + c.type().getSimpleName() + " or key " + c.key());
            }
            c.csvColumns().forEach(col -> header.add(col.name()));
        }
        header.add(CODES_COLUMN);
        header.add(LANGUAGE_COLUMN);
        if (new HashSet<>(header).size() != header.size()) {
            throw new IllegalArgumentException("CSV columns repeat: " + header);
        }
        this.csvHeader = List.copyOf(header);
    }

    /**
     * Renders one result as a line of {@code results.jsonl}.
     *
     * @param result the result, not null
     * @param includeName whether to write the employee's name ({@code name}) when present
     * @return the JSON object on one line, not null
     */
    public String line(AssessmentResult result, boolean includeName) {
        return line(result, includeName, null);
    }

    /**
     * Renders one result as a line of {@code results.jsonl}, with its comparison with a baseline.
     *
     * @param result the result, not null
     * @param includeName whether to write the employee's name ({@code name}) when present
     * @param followUp the comparison with the employee's baseline line ({@code followUp}), or null for none
     * @return the JSON object on one line, not null
     * @since 0.2
     */
    public String line(AssessmentResult result, boolean includeName, @Nullable FollowUp followUp) {
        JsonOut w = new JsonOut().beginObject();
        w.field("employeeId", result.employee().id());
        if (includeName && result.employee().name() != null) {
            w.field("name", result.employee().name());
        }
        w.field("formatVersion", Versions.FORMAT);
        w.field("toolkitVersion", Versions.TOOLKIT);
        w.field("language", result.language().toLanguageTag()); // v1.1: the language of the texts
        w.field("assessmentDate", result.assessmentDate().toString());
        w.field("overallRisk", result.overallRisk().name());
        w.field("factorsAssessed", result.factors().size());
        if (result.reviewDue() != null) {
            w.field("reviewDue", result.reviewDue().toString());
        }
        for (ResultSection s : result.sections()) {
            SectionCodec<?> c = byType.get(s.getClass());
            if (c == null) {
                fallback.writeJson(s, w);
            } else {
                write(c, s, w);
            }
        }
        w.name("recommendations").beginArray();
        for (Recommendation r : result.recommendations()) {
            w.beginObject()
                    .field("code", r.code())
                    .field("text", r.text())
                    .field("rule", r.rule())
                    .field("source", r.source());
            if (!r.values().isEmpty()) {
                w.name("values").beginObject();
                r.values().forEach(w::field);
                w.endObject();
            }
            w.endObject();
        }
        w.endArray();
        w.strings("notes", result.notes());
        if (!result.notAssessed().isEmpty()) { // 1.1 extension: rows the import rejected
            w.name("notAssessed").beginArray();
            for (SourceRow r : result.notAssessed()) {
                w.beginObject().field("sheet", r.sheet()).field("row", r.rowNumber()).endObject();
            }
            w.endArray();
        }
        if (followUp != null) {
            writeFollowUp(followUp, w);
        }
        return w.endObject().toString();
    }

    private static void writeFollowUp(FollowUp f, JsonOut w) {
        w.name("followUp").beginObject();
        w.field("baselineDate", f.baselineDate().toString());
        w.field("overallRiskBefore", f.overallRiskBefore().name());
        w.field("change", f.change().name());
        w.name("factors").beginObject();
        f.factors().forEach((key, c) -> {
            w.name(key).beginObject();
            w.field("riskBefore", c.riskBefore() == null ? null : c.riskBefore().name());
            w.field("riskAfter", c.riskAfter() == null ? null : c.riskAfter().name());
            w.field("before", c.before());
            w.field("after", c.after());
            w.endObject();
        });
        w.endObject();
        w.strings("resolved", f.resolved());
        w.strings("stillOpen", f.stillOpen());
        w.strings("new", f.newCodes());
        w.strings("methodChanges", f.methodChanges());
        w.endObject();
    }

    /**
     * Writes one section with its codec.
     *
     * @param section the section, not null
     * @param out the writer, inside the employee's object, not null
     * @throws IllegalArgumentException if the section's type has no codec
     */
    public void writeSection(ResultSection section, JsonOut out) {
        write(codec(section), section, out);
    }

    /**
     * Reads a line of {@code results.jsonl} back into a result (see the class description).
     *
     * @param text the line, not null
     * @return the result, not null
     * @throws IllegalArgumentException if the text is not a results line
     */
    public AssessmentResult read(String text) {
        JsonObject line = JsonObject.parse(text);
        String version = line.optText("formatVersion");
        if (version != null && !(version.equals("1") || version.startsWith("1."))) {
            throw new IllegalArgumentException("formatVersion: this toolkit reads results format version 1 (1.0, 1.1, ...)"
                    + " but the line is version " + version);
        }
        Employee.Builder employee = Employee.builder(line.text("employeeId"));
        String name = line.optText("name");
        if (name != null) {
            employee.name(name);
        }
        LocalDate date = line.parsed("assessmentDate", LocalDate::parse);
        String tag = line.optText("language"); // absent before version 1.1: English
        java.util.Locale language = tag == null ? Languages.DEFAULT
                : Languages.resolve(tag).orElseThrow(() -> new IllegalArgumentException(
                        "language: no translation for " + tag + "; expected one of " + Languages.supported()));

        Map<SectionCodec<?>, List<Recommendation>> claimed = new LinkedHashMap<>();
        for (SectionCodec<?> c : codecs) {
            if (line.has(c.key())) {
                claimed.put(c, new ArrayList<>());
            }
        }
        List<JsonObject> advice = line.objects("recommendations");
        for (int i = 0; i < advice.size(); i++) {
            Recommendation r = recommendation(advice.get(i), i);
            if (r.code().equals(AssessmentResult.ASSESSOR_REVIEW)) {
                continue; // derived by AssessmentResult from the lights, written again from them
            }
            SectionCodec<?> owner = claimed.keySet().stream().filter(c -> c.claims(r)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("recommendations[" + r.priority()
                            + "]: no section of this line issues code " + r.code()));
            claimed.get(owner).add(r);
        }
        List<ResultSection> sections = new ArrayList<>();
        claimed.forEach((c, recs) -> sections.add(c.read(line, List.copyOf(recs))));
        LocalDate reviewDue = line.optText("reviewDue") == null ? null : line.parsed("reviewDue", LocalDate::parse);
        if (reviewDue != null && sections.stream().noneMatch(FactorResult.class::isInstance)) {
            throw new IllegalArgumentException("reviewDue: a line without any factor has no review date");
        }
        if (reviewDue != null && reviewDue.isBefore(date)) {
            throw new IllegalArgumentException("reviewDue: " + reviewDue + " is before assessmentDate " + date);
        }
        List<SourceRow> notAssessed = new ArrayList<>();
        for (JsonObject r : line.optObjects("notAssessed")) {
            String sheet = r.text("sheet");
            int row = r.integer("row");
            if (row < 1) {
                throw new IllegalArgumentException("notAssessed[" + notAssessed.size() + "].row: must be at least 1 but was "
                        + row);
            }
            notAssessed.add(SourceRow.of(sheet, row));
        }
        return new AssessmentResult(employee.build(), date, sections, line.texts("notes"), reviewDue, language,
                notAssessed);
    }

    private static Recommendation recommendation(JsonObject o, int position) {
        Map<String, Double> values = o.has("values") ? o.object("values").numbers() : Map.of();
        return new Recommendation(o.text("code"), position, o.text("text"), values, o.text("rule"), o.text("source"));
    }

    /**
     * Returns the {@code results.csv} header: employee, date, light and number of factors assessed,
     * every section's columns, the recommendation codes.
     *
     * @return the column names, not null
     */
    public List<String> csvHeader() {
        return csvHeader;
    }

    /**
     * Flattens a result to one {@code results.csv} row in the order of {@link #csvHeader()}.
     *
     * @param result the result, not null
     * @return the cells, empty strings for absent values, not null
     */
    public List<String> csvRow(AssessmentResult result) {
        CsvCells row = csvCells(result);
        List<String> out = new ArrayList<>(csvHeader.size());
        for (String column : csvHeader) {
            String v = row.get(column);
            out.add(v == null ? "" : v);
        }
        return out;
    }

    /**
     * Returns the values of a result's {@code results.csv} row, typed, in the order of {@link #csvHeader()}:
     * numbers as {@link Number}, lights as {@link dev.ergo.engine.Risk}, dates as {@link LocalDate}, text as
     * {@link String}; null for an empty cell.
     *
     * @param result the result, not null
     * @return the values, not null
     * @since 0.2
     */
    public List<@Nullable Object> csvValues(AssessmentResult result) {
        CsvCells row = csvCells(result);
        List<@Nullable Object> out = new ArrayList<>(csvHeader.size());
        for (String column : csvHeader) {
            out.add(row.value(column));
        }
        return out;
    }

    private CsvCells csvCells(AssessmentResult result) {
        CsvCells row = new CsvCells();
        row.put("employee_id", result.employee().id());
        row.put("assessment_date", result.assessmentDate());
        row.put("overall_risk", result.overallRisk());
        row.put("factors_assessed", result.factors().size());
        for (ResultSection s : result.sections()) {
            SectionCodec<?> c = byType.get(s.getClass());
            if (c == null) {
                fallback.writeCsv(s, row);
            } else {
                cells(c, s, row);
            }
        }
        row.put(CODES_COLUMN, String.join(" ",
                result.recommendations().stream().map(Recommendation::code).distinct().toList()));
        row.put(LANGUAGE_COLUMN, result.language().toLanguageTag());
        return row;
    }

    /**
     * Puts one section's cells with its codec.
     *
     * @param section the section, not null
     * @param cells the row, not null
     * @throws IllegalArgumentException if the section's type has no codec
     */
    public void writeCsv(ResultSection section, CsvCells cells) {
        cells(codec(section), section, cells);
    }

    private SectionCodec<?> codec(ResultSection section) {
        SectionCodec<?> c = byType.get(section.getClass());
        if (c == null) {
            throw new IllegalArgumentException("no codec for " + section.getClass().getName()
                    + "; a section of a library user's own type writes itself");
        }
        return c;
    }

    private static <T extends ResultSection> void write(SectionCodec<T> c, ResultSection s, JsonOut out) {
        c.write(c.type().cast(s), out);
    }

    private static <T extends ResultSection> void cells(SectionCodec<T> c, ResultSection s, CsvCells row) {
        T section = c.type().cast(s);
        for (CsvColumn<T> col : c.csvColumns()) {
            row.put(col.name(), col.value().apply(section));
        }
    }
}
