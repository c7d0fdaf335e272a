package dev.ergo.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateTests {
    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void write() {
        file = dir.resolve("template.xlsx");
        SurveyTemplate.write(file);
    }

    private XSSFWorkbook open() throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void readingTheTemplateBackGivesNoRowsAndOnlyNotices() {
        ImportResult r = Fixtures.read(file);
        assertThat(r.surveys()).isEmpty();
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.severity()).isEqualTo(ImportProblem.Severity.NOTICE));
        assertThat(r.problems()).extracting(ImportProblem::sheet).containsExactly("Instructions", "Lists");
        assertThat(r.sheets()).containsExactly(new SheetSummary("Employees", 0, 0, 0),
                new SheetSummary("Workstation", 0, 0, 0), new SheetSummary("ROSA", 0, 0, 0),
                new SheetSummary("Postures", 0, 0, 0), new SheetSummary("Lifting", 0, 0, 0),
                new SheetSummary("Vibration", 0, 0, 0), new SheetSummary("Repetitive", 0, 0, 0),
                new SheetSummary("ContactStress", 0, 0, 0));
    }

    @Test
    void sheetsInFormatOrderAfterInstructionsWithAHiddenListSheet() throws IOException {
        try (XSSFWorkbook wb = open()) {
            List<String> names = Stream.iterate(0, i -> i + 1).limit(wb.getNumberOfSheets()).map(wb::getSheetName).toList();
            assertThat(names).containsExactly("Instructions", "Employees", "Workstation", "ROSA", "Postures", "Lifting",
                    "Vibration", "Repetitive", "ContactStress", "Lists");
            assertThat(wb.isSheetHidden(wb.getSheetIndex("Lists"))).isTrue();
            assertThat(wb.isSheetHidden(wb.getSheetIndex("ROSA"))).isFalse();
            assertThat(wb.getActiveSheetIndex()).isZero();
            String instructions = Stream.iterate(0, i -> i + 1).limit(40)
                    .map(i -> wb.getSheet("Instructions").getRow(i))
                    .filter(java.util.Objects::nonNull)
                    .flatMap(row -> Stream.of(row.getCell(0), row.getCell(1)))
                    .filter(java.util.Objects::nonNull)
                    .map(c -> c.getStringCellValue())
                    .collect(Collectors.joining("\n"));
            assertThat(instructions).contains("flexion (bending forward or down) is positive, extension is negative",
                    "centimetres", "popliteal_height_in", "YYYY-MM-DD", "One row per lifting task, any number per employee",
                    "on the Postures sheet a blank takes the default", "duration_hours is continuous lifting, 0 to 8");
            assertThat(instructions).doesNotContain("Not yet assessed");
        }
    }

    @Test
    void everyColumnHasABoldFrozenHeaderWithAHelpComment() throws IOException {
        try (XSSFWorkbook wb = open()) {
            for (SheetSpec spec : SheetSpecs.ALL) {
                XSSFSheet s = wb.getSheet(spec.name());
                assertThat(s.getPaneInformation().isFreezePane()).isTrue();
                assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(s.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 1);
                Row header = s.getRow(0);
                for (int i = 0; i < spec.columns().size(); i++) {
                    ColumnSpec col = spec.columns().get(i);
                    assertThat(header.getCell(i).getStringCellValue()).isEqualTo(col.name());
                    assertThat(wb.getFontAt(header.getCell(i).getCellStyle().getFontIndex()).getBold()).isTrue();
                    Comment comment = header.getCell(i).getCellComment();
                    assertThat(comment).as(spec.name() + "." + col.name()).isNotNull();
                    assertThat(comment.getString().getString()).startsWith(col.name()).contains(col.help());
                    assertThat(s.getColumnWidth(i)).isGreaterThanOrEqualTo(12 * 256);
                }
                assertThat(header.getLastCellNum()).isEqualTo((short) spec.columns().size());
            }
            XSSFSheet ws = wb.getSheet("Workstation");
            String help = ws.getRow(0).getCell(1).getCellComment().getString().getString();
            assertThat(help).contains("Plausible range: 30 to 60 cm.", "inches as popliteal_height_in");
            assertThat(wb.getSheet("ROSA").getRow(0).getCell(1).getCellComment().getString().getString())
                    .contains("Plausible range: 1 to 3.", "Whole numbers only.", "Required.");
            Map<String, String> lifting = comments(wb.getSheet("Lifting"));
            assertThat(lifting.get("load_kg")).contains("Plausible range: 0 to 100 kg.", "pounds as load_lb", "Required.");
            assertThat(lifting.get("v_destination_cm")).contains(
                    "Required: the travel distance D = |V destination − V origin| needs it.", "inches as v_destination_in");
            assertThat(lifting.get("duration_hours")).contains("Plausible range: 0 to 8 h.");
            Map<String, String> postures = comments(wb.getSheet("Postures"));
            assertThat(postures.get("knee_deg")).contains("Blank means 0.").doesNotContain("Required.");
            assertThat(postures.get("task")).endsWith("A short label for the task.\nRequired.");
            assertThat(comments(wb.getSheet("Vibration")).get("type")).contains("Allowed: hand-arm, whole-body.");
        }
    }

    private static Map<String, String> comments(XSSFSheet s) {
        Row header = s.getRow(0);
        Map<String, String> out = new java.util.HashMap<>();
        for (int i = 0; i < header.getLastCellNum(); i++) {
            out.put(header.getCell(i).getStringCellValue(), header.getCell(i).getCellComment().getString().getString());
        }
        return out;
    }

    @Test
    void validationsUseTheSameRangesAndWords() throws IOException {
        try (XSSFWorkbook wb = open()) {
            Map<String, Name> names = wb.getAllNames().stream().collect(Collectors.toMap(Name::getNameName, Function.identity()));
            assertThat(listWords(wb, names.get("list_yes_no"))).containsExactly("yes", "no");
            for (SheetSpec spec : SheetSpecs.ALL) {
                XSSFSheet s = wb.getSheet(spec.name());
                Map<Integer, XSSFDataValidation> byColumn = s.getDataValidations().stream().collect(Collectors.toMap(
                        v -> v.getRegions().getCellRangeAddress(0).getFirstColumn(), Function.identity()));
                for (int i = 0; i < spec.columns().size(); i++) {
                    ColumnSpec col = spec.columns().get(i);
                    XSSFDataValidation v = byColumn.get(i);
                    switch (col.type()) {
                        case NUMBER, INTEGER -> {
                            if (col.min() == null) {
                                assertThat(v).isNull();
                                continue;
                            }
                            assertThat(v.getValidationConstraint().getValidationType())
                                    .isEqualTo(col.type() == ColumnType.INTEGER ? ValidationType.INTEGER : ValidationType.DECIMAL);
                            assertThat(v.getValidationConstraint().getFormula1()).isEqualTo(col.min());
                            assertThat(v.getValidationConstraint().getFormula2()).isEqualTo(col.max());
                        }
                        case BOOLEAN, ENUM, LANGUAGE -> {
                            assertThat(v.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
                            String listName = v.getValidationConstraint().getFormula1();
                            assertThat(names).containsKey(listName);
                            assertThat(listWords(wb, names.get(listName)))
                                    .containsExactlyElementsOf(col.type() == ColumnType.BOOLEAN ? List.of("yes", "no") : col.words());
                        }
                        default -> {
                            assertThat(v).isNull();
                            continue;
                        }
                    }
                    assertThat(v.getShowErrorBox()).isTrue();
                    // a language tag outside the list (de-AT, or one without translation) is allowed with a warning
                    assertThat(v.getErrorStyle()).isEqualTo(col.type() == ColumnType.LANGUAGE
                            ? DataValidation.ErrorStyle.WARNING : DataValidation.ErrorStyle.STOP);
                    assertThat(v.getErrorBoxText()).isNotBlank();
                    assertThat(v.getRegions().getCellRangeAddress(0).getFirstRow()).isEqualTo(1);
                }
            }
            XSSFDataValidation popliteal = wb.getSheet("Workstation").getDataValidations().stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 1).findFirst().orElseThrow();
            assertThat(popliteal.getErrorBoxText()).isEqualTo("Enter a number from 30 to 60 (cm).");
        }
    }

    private static List<String> listWords(XSSFWorkbook wb, Name name) {
        var area = new org.apache.poi.ss.util.AreaReference(name.getRefersToFormula(), org.apache.poi.ss.SpreadsheetVersion.EXCEL2007);
        XSSFSheet lists = wb.getSheet(area.getFirstCell().getSheetName());
        return Stream.of(area.getAllReferencedCells())
                .map(ref -> lists.getRow(ref.getRow()).getCell(ref.getCol()).getStringCellValue())
                .toList();
    }

    /**
     * The style sheet names its default cell style "Normal" (built-in style 0 on the first style format),
     * right after the cell formats as the schema orders them; spreadsheet readers expect it.
     */
    @Test
    void theStyleSheetHasTheNormalCellStyle() throws IOException {
        String styles;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            styles = new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(styles).containsOnlyOnce("<cellStyles")
                .contains("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>")
                .contains("<cellStyleXfs count=\"1\">");
        try (XSSFWorkbook wb = open()) {
            assertThat(wb.getStylesSource().getCTStylesheet().toString()).contains("Normal");
            assertThat(wb.getSheet("Employees").getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
        }
    }

    @Test
    void aStyleSheetWithCellStylesIsLeftAsItIs() {
        byte[] styles = ("<styleSheet><cellXfs count=\"1\"><xf/></cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Standard\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(TemplateWriter.addNormalStyle(styles)).isSameAs(styles);
        assertThatThrownBy(() -> TemplateWriter.addNormalStyle("<styleSheet/>".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void writingReplacesAnExistingFileAndLeavesNoTemporaryFiles() throws IOException {
        Files.writeString(file, "old content");
        SurveyTemplate.write(file);
        assertThat(Fixtures.read(file).hasErrors()).isFalse();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("template.xlsx");
        }
    }

    @Test
    void writingToAStreamLeavesItOpenAndMatchesTheFile() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the stream must not be closed");
            }
        };
        SurveyTemplate.write(out);
        assertThat(out.size()).isGreaterThan(1000).isLessThan(100_000);
        ImportResult r = Fixtures.IMPORTER.read(new java.io.ByteArrayInputStream(out.toByteArray()));
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.sheets()).extracting(SheetSummary::sheet, SheetSummary::rowsRead)
                .containsExactly(tuple("Employees", 0), tuple("Workstation", 0), tuple("ROSA", 0), tuple("Postures", 0),
                        tuple("Lifting", 0), tuple("Vibration", 0), tuple("Repetitive", 0), tuple("ContactStress", 0));
    }

    @Test
    void unwritableTargetIsAnImportException() {
        Path missingDir = dir.resolve("no/such/dir/template.xlsx");
        assertThatThrownBy(() -> SurveyTemplate.write(missingDir))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("the template could not be written to ");
    }

    @Test
    void filledInTemplateImports() throws IOException {
        try (XSSFWorkbook wb = open()) {
            XSSFSheet emp = wb.getSheet("Employees");
            Row r = emp.createRow(1);
            r.createCell(0).setCellValue("E1");
            r.createCell(5).setCellValue("F");
            r.createCell(7).setCellValue(165);
            XSSFSheet ws = wb.getSheet("Workstation");
            Row w = ws.createRow(1);
            w.createCell(0).setCellValue("E1");
            w.createCell(1).setCellValue(42);
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        ImportResult r = Fixtures.read(file);
        assertThat(Fixtures.errors(r)).isEmpty();
        assertThat(r.surveys()).hasSize(1);
        assertThat(r.surveys().get(0).employee().statureCm()).isEqualTo(165.0);
        assertThat(r.surveys().get(0).section(dev.ergo.model.office.Workstation.class).orElseThrow().poplitealHeightCm()).isEqualTo(42.0);
    }
}
