package dev.ergo.xlsx;

import dev.ergo.model.Employee;
import dev.ergo.model.SourceRow;
import dev.ergo.model.SurveySection;
import dev.ergo.model.validation.SurveyValidator;
import dev.ergo.model.validation.Violation;
import dev.ergo.xlsx.ImportProblem.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import java.util.Objects;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.DocumentFormatException;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/** One import of one file; not thread-safe, used once. */
final class ImportRun {
    private static final Logger LOG = LoggerFactory.getLogger(SurveyImporter.class);

    static final String DAMAGED =
            "the file is damaged or incomplete and cannot be read as an .xlsx workbook; save it again from your spreadsheet program";

    private final ImportOptions options;
    private final SurveyValidator validator;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<SheetSummary> summaries = new ArrayList<>();
    /** The ids the Employees rows claimed, each with its row and ordinal (-1 when the row was rejected). */
    private final EmployeeIds employees = new EmployeeIds();
    /** The imported employees and sections, each with its employee's ordinal (its place among the imported). */
    private final RecordLog log;
    /** Repeated numbers and texts of the imported rows, one instance each; null for a spool (its codec shares them). */
    private final @Nullable SharedValues shared;
    private int imported;
    private boolean date1904;
    private @Nullable ReadOnlySharedStringsTable sst;
    private @Nullable CellStyles styles;

    ImportRun(ImportOptions options, SurveyValidator validator, RecordLog log) {
        this.options = options;
        this.validator = validator;
        this.log = log;
        this.shared = log.file() == null ? new SharedValues() : null;
    }

    /**
     * Reads the file into the log, which the result then owns.
     *
     * @return the import, reading its surveys from the log
     */
    SpooledImport read(Path file) {
        if (!Files.exists(file)) {
            throw new ImportException("the file " + file.getFileName() + " does not exist");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ImportException("the file " + file.getFileName() + " is not a readable file");
        }
        try {
            long size = Files.size(file);
            if (size > options.maxFileBytes()) {
                throw new LimitExceededException("the file has " + size + " bytes, more than the limit of "
                        + options.maxFileBytes() + " bytes (maxFileBytes)", "maxFileBytes", options.maxFileBytes());
            }
            FormatDetector.requireXlsx(file);
            ValidatorPreparation.start(validator); // built while the package opens
            long start = System.nanoTime();
            try (WorkbookPackage pkg = WorkbookPackage.open(file)) {
                readPackage(pkg);
            }
            LOG.debug("imported {} employees from {} sheets with {} problems in {} ms", imported, summaries.size(),
                    problems.size(), (System.nanoTime() - start) / 1_000_000);
        } catch (ImportException e) {
            throw e;
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new UnsupportedFormatException(FormatDetector.OTHER, e);
        } catch (NotOfficeXmlFileException e) {
            throw new UnsupportedFormatException(FormatDetector.ZIP_NOT_WORKBOOK, e);
        } catch (IOException | SAXException | OpenXML4JException | POIXMLException | OpenXML4JRuntimeException
                | RecordFormatException | DocumentFormatException | UnsupportedFileFormatException | EncryptedDocumentException e) {
            // only failures of reading the package, its zip or its XML; anything else is a bug and propagates
            LOG.debug("cannot read workbook: {}", e.getClass().getName());
            throw new UnsupportedFormatException(DAMAGED, e);
        }
        employees.clear(); // the log holds what is needed from here on
        log.finish(imported);
        return new SpooledImport(log, imported, rejectedRows(problems), new ImportResult(List.of(), problems, summaries));
    }

    /**
     * The factor rows each employee lost: an error on a row of a sheet other than Employees that names the
     * employee rejects the row; each row once, in problem order.
     */
    static Map<String, List<SourceRow>> rejectedRows(List<ImportProblem> problems) {
        Map<String, List<SourceRow>> out = new LinkedHashMap<>();
        for (ImportProblem p : problems) {
            if (p.severity() == ImportProblem.Severity.ERROR && !p.employeeId().isEmpty() && p.row() > 0
                    && !p.sheet().isEmpty() && !p.sheet().equalsIgnoreCase("Employees")) {
                List<SourceRow> rows = out.computeIfAbsent(p.employeeId(), k -> new ArrayList<>());
                SourceRow row = SourceRow.of(p.sheet(), p.row());
                if (!rows.contains(row)) {
                    rows.add(row);
                }
            }
        }
        return out;
    }

    private void readPackage(WorkbookPackage wp) throws IOException, SAXException, org.apache.poi.openxml4j.exceptions.OpenXML4JException {
        OPCPackage pkg = wp.opc();
        PackagePart workbook = requireWorkbook(pkg);
        if (!wp.ignoredEntries().isEmpty()) {
            List<String> ignored = wp.ignoredEntries();
            List<String> shown = ignored.stream().limit(5)
                    .map(n -> n.replaceAll("\\p{Cntrl}", "?")).map(n -> n.length() > 100 ? n.substring(0, 100) + "…" : n).toList();
            problem(Severity.NOTICE, "", 0, "", "", "the file holds " + ignored.size() + (ignored.size() == 1
                    ? " entry that is not part of the workbook and was ignored: " : " entries that are not part of the workbook"
                    + " and were ignored: ") + String.join(", ", shown) + (ignored.size() > 5 ? " and " + (ignored.size() - 5) + " more" : ""));
        }
        if (wp.propertiesDamaged()) {
            problem(Severity.NOTICE, "", 0, "", "", "the document properties (" + WorkbookPackage.CORE_PROPERTIES
                    + ": author, title, dates) are damaged and were ignored; the sheets were read");
        }
        if (pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).isEmpty()) {
            throw new UnsupportedFormatException(DAMAGED); // strict OOXML, which POI's XSSFReader refuses too
        }
        List<WorkbookPackage.Sheet> sheets = wp.sheets(workbook, attrs -> {
            String v = attrs.getValue("date1904");
            date1904 = v != null && (v.equals("1") || v.equalsIgnoreCase("true"));
        });
        sst = readSharedStrings(pkg);
        styles = CellStyles.read(pkg);

        WorkbookPackage.Sheet employeesSheet = null;
        List<WorkbookPackage.Sheet> sections = new ArrayList<>();
        Map<SheetSpec, WorkbookPackage.Sheet> claimed = new HashMap<>();
        for (WorkbookPackage.Sheet s : sheets) {
            SheetSpec spec = SheetSpecs.find(s.name());
            if (spec == null) {
                problem(Severity.NOTICE, s.name(), 0, "", "", "the sheet " + s.name() + " is not part of the survey format and is ignored");
                continue;
            }
            WorkbookPackage.Sheet first = claimed.putIfAbsent(spec, s);
            if (first != null) {
                problem(Severity.WARNING, s.name(), 0, "", "", "the sheet " + s.name() + " has the same name as the sheet "
                        + first.name() + "; only the first one is read");
                continue;
            }
            switch (spec.kind()) {
                case EMPLOYEES -> employeesSheet = s;
                case SECTION -> sections.add(s);
            }
        }
        if (employeesSheet == null) {
            String found = sheets.isEmpty() ? "no sheets" : String.join(", ", sheets.stream().map(WorkbookPackage.Sheet::name).toList());
            throw new ImportException("the workbook has no sheet named Employees; found: " + found);
        }
        if (employeesSheet.problem() != null) {
            throw new ImportException(unopened(employeesSheet));
        }
        SheetImport employeesImport = importSheet(employeesSheet, BaseSheets.EMPLOYEES);
        if (employeesImport.structuralError()) {
            // no employee can be imported, so no other row either: the workbook is refused as a whole
            throw new ImportException(employeesImport.structuralReason() + ", so nothing was imported");
        }
        for (WorkbookPackage.Sheet s : sections) {
            if (s.problem() != null) {
                problem(Severity.ERROR, s.name(), 0, "", "", unopened(s) + "; its rows were not read");
            } else {
                importSheet(s, SheetSpecs.find(s.name()));
            }
        }
    }

    private static String unopened(WorkbookPackage.Sheet s) {
        return "the sheet " + s.name() + " is listed in the workbook but cannot be opened (" + s.problem() + ")";
    }

    private SheetImport importSheet(WorkbookPackage.Sheet ref, SheetSpec spec) throws IOException, SAXException {
        int problemsBefore = problems.size();
        int logBefore = log.size();
        int importedBefore = imported;
        int idsBefore = employees.size();
        SheetImport sheet = new SheetImport(this, spec, ref.name(), options);
        try {
            parseSheet(ref, new SheetHandler.InOrder(sheet));
        } catch (SheetHandler.RowsOutOfOrder e) {
            // rows are keyed by their number, not by their place in the file: undo and read again, sorted
            problems.subList(problemsBefore, problems.size()).clear();
            employees.truncate(idsBefore);
            log.truncate(logBefore);
            imported = importedBefore;
            LOG.debug("sheet {}: rows are stored out of order; reading them sorted", spec.name());
            sheet = new SheetImport(this, spec, ref.name(), options);
            SheetHandler.Sorted sorted = new SheetHandler.Sorted(options.maxRowsPerSheet());
            parseSheet(ref, sorted);
            sorted.replay(sheet);
        }
        SheetSummary summary = sheet.finish();
        summaries.add(summary);
        LOG.debug("sheet {}: {} rows read, {} imported, {} rejected", spec.name(), summary.rowsRead(),
                summary.rowsImported(), summary.rowsRejected());
        return sheet;
    }

    private void parseSheet(WorkbookPackage.Sheet ref, SheetHandler.RowSink sink) throws IOException {
        SheetHandler handler = new SheetHandler(sst, this::isDateStyle, options.maxCellChars(), options.maxColumns(), sink);
        PackagePart part = Objects.requireNonNull(ref.part());
        try {
            Xml.parseSheet(part::getInputStream, handler);
        } catch (SheetHandler.NoSharedStrings e) {
            throw new UnsupportedFormatException("the workbook's table of texts (xl/sharedStrings.xml) is missing, so the"
                    + " text of the sheet " + ref.name() + " cannot be read; save the workbook again from your spreadsheet program");
        } catch (SAXException e) {
            throw new UnsupportedFormatException("the sheet " + ref.name() + " is damaged and cannot be read ("
                    + Xml.where(ref.partName(), e) + "); save the workbook again from your spreadsheet program", e);
        }
    }

    private static PackagePart requireWorkbook(OPCPackage pkg) {
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels.isEmpty()) {
            rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        if (rels.isEmpty()) {
            throw new UnsupportedFormatException(FormatDetector.ZIP_NOT_WORKBOOK);
        }
        PackagePart part;
        try {
            part = pkg.getPart(rels.getRelationship(0));
        } catch (RuntimeException e) {
            throw new UnsupportedFormatException(DAMAGED, e);
        }
        if (part == null) {
            throw new UnsupportedFormatException(DAMAGED);
        }
        String type = part.getContentType();
        if (type.contains("sheet.binary")) {
            throw new UnsupportedFormatException(
                    "the file is a binary Excel workbook (.xlsb); open it in your spreadsheet program and save it as .xlsx");
        }
        if (!type.contains("spreadsheetml") && !type.contains("ms-excel")) {
            throw new UnsupportedFormatException(
                    "the file is another kind of Office document (for example Word or PowerPoint), not an Excel workbook (.xlsx)");
        }
        return part;
    }

    /** The content type of the shared strings part, as POI's XSSFRelation names it (not loaded: it pulls in XMLBeans). */
    static final String SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

    /**
     * Parses the shared strings with our own reader (entity caps lifted) into a read-only table.
     *
     * @return the table, or null when the workbook has none (a sheet that refers to it is then damaged)
     */
    private static @Nullable ReadOnlySharedStringsTable readSharedStrings(OPCPackage pkg) throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(SHARED_STRINGS);
        if (parts.isEmpty()) {
            return null;
        }
        // an empty stream leaves the table unparsed; it is then fed by our reader as a SAX handler
        ReadOnlySharedStringsTable table = new ReadOnlySharedStringsTable(InputStream.nullInputStream(), false);
        XMLReader xr = Xml.newReader();
        xr.setContentHandler(table);
        PackagePart part = parts.get(0);
        try (InputStream in = part.getInputStream()) {
            xr.parse(new InputSource(in));
        } catch (SAXException e) {
            throw new UnsupportedFormatException("the workbook's table of texts is damaged and cannot be read ("
                    + Xml.where(part.getPartName().getName().substring(1), e) + "); save the workbook again from your"
                    + " spreadsheet program", e);
        }
        return table;
    }

    private boolean isDateStyle(int index) {
        CellStyles st = styles;
        return st != null && st.isDate(index);
    }

    // ---- callbacks from SheetImport ----------------------------------------------------------

    /**
     * @return the value, or an equal one shared with earlier rows when the surveys are kept in memory (a
     *     spool's codec shares repeated values itself when it reads them back)
     */
    Object shared(Object v) {
        return shared != null ? shared.value(v) : v;
    }

    boolean date1904() {
        return date1904;
    }

    List<Violation> validate(Object record) {
        return validator.validateRecord(record);
    }

    void problem(Severity severity, String sheet, int row, String column, String cell, String message) {
        problems.add(new ImportProblem(severity, sheet, row, column, cell, message));
    }

    void problems(List<ImportProblem> list) {
        problems.addAll(list);
    }

    /** @return the index of the employee with this id among the claimed ones, or -1 */
    int employeeIndex(String id) {
        return employees.find(id);
    }

    /** @return the Employees row of the employee at {@code index} (see {@link #employeeIndex}) */
    int employeeRowAt(int index) {
        return employees.row(index);
    }

    /** @return whether the Employees row of the employee at {@code index} was imported */
    boolean employeeImportedAt(int index) {
        return employees.ordinal(index) >= 0;
    }

    /** @return the Employees row that claimed the id, or null */
    @Nullable Integer employeeRow(String id) {
        int e = employees.find(id);
        return e < 0 ? null : employees.row(e);
    }

    /** Claims an id for an Employees row; the first row keeps it. */
    void employee(String id, int row, @Nullable Employee employee) {
        if (employees.find(id) >= 0) {
            return;
        }
        int ordinal = employee == null ? -1 : imported++;
        employees.add(id, row, ordinal);
        if (employee != null) {
            log.add(ordinal, employee);
        }
    }

    void section(@Nullable String id, SurveySection section) {
        int e = id == null ? -1 : employees.find(id);
        if (e < 0 || employees.ordinal(e) < 0) {
            throw new IllegalStateException("section without an imported employee");
        }
        log.add(employees.ordinal(e), (Record) section);
    }
}
