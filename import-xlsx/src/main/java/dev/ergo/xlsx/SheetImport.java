package dev.ergo.xlsx;

import dev.ergo.model.validation.Violation;
import dev.ergo.model.SourceRow;
import dev.ergo.xlsx.ImportProblem.Severity;
import dev.ergo.model.Employee;
import dev.ergo.model.SurveySection;
import dev.ergo.model.text.Languages;
import dev.ergo.model.text.Messages;
import dev.ergo.model.text.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;

/**
 * Imports the rows of one sheet: finds and checks the header, parses every data row for its columns,
 * checks employee ids, builds and validates the record, and counts rows.
 */
final class SheetImport implements SheetHandler.RowSink {
    /** The cross-field checks worded with workbook columns. */
    private static final Texts CHECKS =
            Messages.load("/dev/ergo/xlsx/checks", SheetImport.class::getResourceAsStream).in(Languages.DEFAULT);

    /** A spec column found in the header. */
    private record Bound(ColumnSpec spec, String header, int column, double factor) {
        boolean converted() {
            return factor != 1.0;
        }
    }

    private final ImportRun run;
    private final SheetSpec spec;
    private final String sheet;
    private final ImportOptions options;

    private boolean headerSeen;
    private boolean structuralError;
    private final List<String> missing = new ArrayList<>();
    private @Nullable String firstSheetError;
    private final List<Bound> bound = new ArrayList<>();
    private final Map<ColumnSpec, Bound> boundBySpec = new HashMap<>();
    private final Set<ColumnSpec> conflicted = new HashSet<>();
    private int[] slotAt = new int[0];
    private @Nullable Bound idBound; // the employee_id column, found with the header (a record's hash per row was 2 % of the import)
    /** By employee index (see {@link ImportRun#employeeIndex}): the row of this sheet that employee has, 0 if none. */
    private int[] rowOfEmployee = new int[0];
    /** The last column with a header (0-based); cells right of it are ignored. */
    private int lastHeaderColumn = -1;
    private final Ignored beyondLimit = new Ignored();
    private final Ignored rightOfHeader = new Ignored();

    private int read;
    private int imported;
    private int rejected;

    SheetImport(ImportRun run, SheetSpec spec, String sheet, ImportOptions options) {
        this.run = run;
        this.spec = spec;
        this.sheet = sheet;
        this.options = options;
    }

    /** @return whether a header problem kept the sheet from being imported */
    boolean structuralError() {
        return structuralError;
    }

    /** @return why the header kept the sheet from being imported, one clause naming sheet and column */
    String structuralReason() {
        if (!missing.isEmpty()) {
            return "the sheet " + sheet + (headerSeen ? "" : " is empty: it") + " has no " + String.join(" or ", missing)
                    + (missing.size() == 1 ? " column" : " columns");
        }
        return "the sheet " + sheet + " cannot be read: " + firstSheetError;
    }

    @Override
    public void beyondLimit(int rowNumber, int first, int last, int count) {
        // before and in the header row these cells could only have been headers; below it, data
        (headerSeen ? rightOfHeader : beyondLimit).add(rowNumber, first, last, count);
    }

    @Override
    public void row(int rowNumber, List<RawCell> cells) {
        boolean empty = true;
        for (RawCell c : cells) {
            if (!c.blank()) {
                if (headerSeen && c.column() > lastHeaderColumn) {
                    rightOfHeader.add(rowNumber, c.column(), c.column(), 1);
                } else {
                    empty = false;
                }
            }
        }
        if (empty) {
            return;
        }
        if (!headerSeen) {
            headerSeen = true;
            header(rowNumber, cells);
            return;
        }
        read++;
        if (read > options.maxRowsPerSheet()) {
            throw new LimitExceededException("the sheet " + sheet + " has more than " + options.maxRowsPerSheet()
                    + " data rows (maxRowsPerSheet)", "maxRowsPerSheet", options.maxRowsPerSheet());
        }
        if (structuralError) {
            rejected++;
            return;
        }
        if (dataRow(rowNumber, cells)) {
            imported++;
        } else {
            rejected++;
        }
    }

    /** Reports missing columns of a sheet without a header and the cells ignored, and returns the row counts. */
    SheetSummary finish() {
        if (!headerSeen) {
            missingColumns();
        }
        if (beyondLimit.count > 0) {
            run.problem(Severity.NOTICE, sheet, 0, "", "", beyondLimit.cells() + " beyond the first "
                    + options.maxColumns() + " columns (maxColumns) " + beyondLimit.were() + " ignored, in " + beyondLimit.range());
        }
        if (rightOfHeader.count > 0) {
            run.problem(Severity.NOTICE, sheet, 0, "", "", rightOfHeader.cells() + " right of the last column with a header ("
                    + CellReference.convertNumToColString(lastHeaderColumn) + ") " + rightOfHeader.were() + " ignored, in "
                    + rightOfHeader.range());
        }
        return new SheetSummary(sheet, read, imported, rejected);
    }

    /** Cells left unread: how many, and the smallest range holding them. */
    private static final class Ignored {
        int count;
        int firstRow = Integer.MAX_VALUE;
        int lastRow;
        int firstColumn = Integer.MAX_VALUE;
        int lastColumn;

        void add(int row, int first, int last, int n) {
            count += n;
            firstRow = Math.min(firstRow, row);
            lastRow = Math.max(lastRow, row);
            firstColumn = Math.min(firstColumn, first);
            lastColumn = Math.max(lastColumn, last);
        }

        String cells() {
            return count + (count == 1 ? " cell" : " cells");
        }

        String were() {
            return count == 1 ? "was" : "were";
        }

        String range() {
            String from = ref(firstColumn, firstRow);
            String to = ref(lastColumn, lastRow);
            return from.equals(to) ? from : from + ":" + to;
        }
    }

    // ---- header ------------------------------------------------------------------------------

    private void header(int rowNumber, List<RawCell> cells) {
        Map<String, List<RawCell>> byHeader = new LinkedHashMap<>();
        for (RawCell c : cells) {
            if (c.blank()) {
                continue;
            }
            lastHeaderColumn = Math.max(lastHeaderColumn, c.column());
            if (c.tooLong()) {
                run.problem(Severity.WARNING, sheet, rowNumber, "", ref(c.column(), rowNumber), "the header is longer than "
                        + options.maxCellChars() + " characters; the column is ignored");
                continue;
            }
            String h = Text.header(CellParser.text(c, false));
            if (!h.isEmpty()) {
                byHeader.computeIfAbsent(h, k -> new ArrayList<>()).add(c);
            }
        }
        List<String> convertedHeaders = new ArrayList<>();
        for (Map.Entry<String, List<RawCell>> e : byHeader.entrySet()) {
            String h = e.getKey();
            RawCell first = e.getValue().get(0);
            if (e.getValue().size() > 1) {
                ColumnSpec known = spec.column(h) != null ? spec.column(h) : imperialFor(h);
                if (known != null) {
                    conflicted.add(known);
                }
                List<String> refs = e.getValue().stream().map(c -> ref(c.column(), rowNumber)).toList();
                sheetError(rowNumber, h, ref(first.column(), rowNumber),
                        "the column " + h + " appears more than once (" + String.join(", ", refs) + ")");
                continue;
            }
            ColumnSpec metric = spec.column(h);
            ColumnSpec imperial = metric == null ? imperialFor(h) : null;
            if (metric == null && imperial == null) {
                run.problem(Severity.WARNING, sheet, rowNumber, h, ref(first.column(), rowNumber),
                        "unknown column " + h + " is ignored");
                continue;
            }
            ColumnSpec target = metric != null ? metric : imperial;
            Bound existing = boundBySpec.get(target);
            if (existing != null) {
                conflicted.add(target);
                String metricName = target.name();
                String imperialName = target.imperialName();
                sheetError(rowNumber, h, ref(first.column(), rowNumber),
                        "give " + metricName + " or " + imperialName + ", not both");
                continue;
            }
            Bound b = new Bound(target, h, first.column(), imperial != null ? target.imperialFactor() : 1.0);
            bound.add(b);
            boundBySpec.put(target, b);
            if (b.converted()) {
                convertedHeaders.add(h);
            }
        }
        missingColumns();
        int width = 0;
        for (Bound b : bound) {
            width = Math.max(width, b.column() + 1);
        }
        ColumnSpec id = spec.column(ColumnSpec.EMPLOYEE_ID);
        idBound = id == null ? null : boundBySpec.get(id);
        slotAt = new int[width];
        Arrays.fill(slotAt, -1);
        for (int i = 0; i < bound.size(); i++) {
            slotAt[bound.get(i).column()] = i;
        }
        if (!convertedHeaders.isEmpty() && !structuralError) {
            run.problem(Severity.NOTICE, sheet, 0, "", "", "values were converted to metric units: "
                    + String.join(", ", convertedHeaders.stream().map(this::conversion).toList()));
        }
    }

    private String conversion(String header) {
        ColumnSpec target = imperialFor(header);
        if (target == null) {
            return header;
        }
        return header + " (" + target.imperialUnit() + ") to " + target.name()
                + " (x " + Text.number(target.imperialFactor()) + ")";
    }

    private @Nullable ColumnSpec imperialFor(String header) {
        for (ColumnSpec c : spec.columns()) {
            if (header.equals(c.imperialName())) {
                return c;
            }
        }
        return null;
    }

    private void missingColumns() {
        for (ColumnSpec c : spec.columns()) {
            if (c.required() && !boundBySpec.containsKey(c) && !conflicted.contains(c)) {
                missing.add(c.name());
                sheetError(0, c.name(), "", "the sheet " + sheet + " has no column " + c.name() + ", which is required");
            }
        }
    }

    private void sheetError(int row, String column, String cell, String message) {
        structuralError = true;
        if (firstSheetError == null) {
            firstSheetError = message;
        }
        run.problem(Severity.ERROR, sheet, row, column, cell, message);
    }

    // ---- data rows ---------------------------------------------------------------------------

    /** @return true if the row was imported */
    private boolean dataRow(int rowNumber, List<RawCell> cells) {
        RawCell[] byBound = new RawCell[bound.size()];
        for (RawCell c : cells) {
            if (c.column() < slotAt.length && slotAt[c.column()] >= 0) {
                byBound[slotAt[c.column()]] = c;
            }
        }
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Object> values = new HashMap<>(bound.size() * 4 / 3 + 1);
        for (int i = 0; i < bound.size(); i++) {
            Bound b = bound.get(i);
            RawCell cell = byBound[i];
            CellParser.Parsed p = cell == null
                    ? CellParser.Parsed.BLANK
                    : CellParser.parse(cell, b.spec(), run.date1904(), options.maxCellChars());
            if (p.problem() != null) {
                problems.add(problem(rowNumber, b, p.problem()));
            } else if (p.value() != null) {
                Object v = p.value();
                if (b.converted() && v instanceof Double d) {
                    v = d * b.factor();
                }
                if (b.spec().type() == ColumnType.LANGUAGE) {
                    v = language(rowNumber, b, (String) v);
                    if (v == null) {
                        continue;
                    }
                }
                // ids are unique on the Employees sheet and only looked up on the others: not shared, so a
                // factor sheet's rows do not fill the table of shared texts with them
                values.put(b.spec().name(), b == idBound ? v : run.shared(v));
            } else if (b.spec().required()) {
                problems.add(problem(rowNumber, b, "a value is required"));
            }
        }
        Bound idColumn = idBound;
        String id = (String) values.get(ColumnSpec.EMPLOYEE_ID);
        if (id != null && idColumn != null) {
            employeeChecks(rowNumber, id, idColumn, problems);
        }
        Object record = null;
        RowMapper mapper = spec.mapper();
        if (spec.kind() != SheetSpec.Kind.EMPLOYEES || id != null) {
            // validate even when some cells failed, so every bad cell of the row is reported once
            Set<String> reported = new HashSet<>();
            problems.forEach(p -> reported.add(p.column()));
            record = mapper.map(new RowValues(values, SourceRow.of(sheet, rowNumber)));
            for (Violation v : run.validate(record)) {
                ImportProblem p = violation(rowNumber, v);
                if (!reported.contains(p.column())) {
                    problems.add(p);
                }
            }
        }
        problems.sort(Comparator.comparingInt(p -> SheetHandler.parseColumn(p.cell(), Integer.MAX_VALUE)));
        if (id != null) {
            problems.replaceAll(p -> p.withEmployeeId(id));
        }
        run.problems(problems);
        boolean ok = problems.isEmpty();
        if (spec.kind() == SheetSpec.Kind.EMPLOYEES) {
            if (id != null) {
                run.employee(id, rowNumber, ok ? (Employee) record : null);
            }
        } else if (ok) {
            run.section(id, (SurveySection) record);
        }
        return ok;
    }

    private void employeeChecks(int rowNumber, String id, Bound idColumn, List<ImportProblem> problems) {
        if (spec.kind() == SheetSpec.Kind.EMPLOYEES) {
            Integer earlier = run.employeeRow(id);
            if (earlier != null) {
                problems.add(problem(rowNumber, idColumn, "employee_id " + id + " already appears on row " + earlier
                        + "; this row is ignored"));
            }
            return;
        }
        int employee = run.employeeIndex(id);
        if (employee < 0) {
            problems.add(problem(rowNumber, idColumn, "employee_id " + id + " is not on the Employees sheet; this row is ignored"));
            return;
        }
        if (!run.employeeImportedAt(employee)) {
            problems.add(problem(rowNumber, idColumn, "employee " + id + " was not imported (see Employees row "
                    + run.employeeRowAt(employee) + "); this row is ignored"));
            return;
        }
        if (spec.oneRowPerEmployee()) {
            if (employee >= rowOfEmployee.length) {
                rowOfEmployee = Arrays.copyOf(rowOfEmployee, Math.max(employee + 1, rowOfEmployee.length * 2));
            }
            int earlier = rowOfEmployee[employee];
            if (earlier == 0) {
                rowOfEmployee[employee] = rowNumber;
            } else {
                problems.add(problem(rowNumber, idColumn, "employee " + id + " already has a " + spec.name()
                        + " row (row " + earlier + "); only one is allowed, this row is ignored"));
            }
        }
    }

    private ImportProblem violation(int rowNumber, Violation v) {
        // the first candidate column the header has; a check's preferred column may be left out of the sheet
        List<ColumnSpec> candidates = spec.columnsForViolation(v.property());
        ColumnSpec column = candidates.stream().filter(boundBySpec::containsKey).findFirst()
                .orElse(candidates.isEmpty() ? null : candidates.get(0));
        String key = v.recordType() + "." + v.property();
        String message = CHECKS.has(key) ? CHECKS.text(key) : v.message();
        if (message.equals("must not be null") || message.equals("must not be blank")) {
            message = "a value is required";
        }
        Bound b = column == null ? null : boundBySpec.get(column);
        if (v.invalidValue() instanceof Number n && column != null) {
            double shown = n.doubleValue();
            message += " (was " + Text.rounded(shown);
            if (b != null && b.converted()) {
                message += " " + (column.name().endsWith("_cm") ? "cm" : "kg") + ", converted from "
                        + Text.rounded(shown / b.factor()) + " " + column.imperialUnit();
            }
            message += ")";
        }
        if (b != null) {
            return problem(rowNumber, b, message);
        }
        return new ImportProblem(Severity.ERROR, sheet, rowNumber, column == null ? "" : column.name(), "",
                column == null ? v.property() + " " + message : message);
    }

    /**
     * Reads a language tag: a supported language (or a regional variant of one) becomes its locale; a
     * malformed tag or one without a translation is a warning, and the run's language applies.
     */
    private java.util.@Nullable Locale language(int rowNumber, Bound b, String tag) {
        String supported = String.join(", ", b.spec().words());
        java.util.Locale locale;
        try {
            locale = new java.util.Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build();
        } catch (java.util.IllformedLocaleException e) {
            run.problem(Severity.WARNING, sheet, rowNumber, b.header(), ref(b.column(), rowNumber),
                    "\"" + tag + "\" is not a language tag (such as " + supported + "); the report is written in the"
                            + " run's language (ergo assess --lang, English by default)");
            return null;
        }
        if (dev.ergo.model.text.Languages.resolve(locale).isEmpty() || dev.ergo.model.text.Languages.isPseudo(locale)
                && !tag.strip().equalsIgnoreCase("en-XA")) {
            run.problem(Severity.WARNING, sheet, rowNumber, b.header(), ref(b.column(), rowNumber),
                    "there is no translation for the language " + tag + " (there is for " + supported + "); the report"
                            + " is written in the run's language (ergo assess --lang, English by default)");
            return null;
        }
        return locale;
    }

    private ImportProblem problem(int rowNumber, Bound b, String message) {
        return new ImportProblem(Severity.ERROR, sheet, rowNumber, b.header(), ref(b.column(), rowNumber), message);
    }

    private static String ref(int column, int row) {
        return CellReference.convertNumToColString(column) + row;
    }
}
