package dev.ergo.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbook as spreadsheet users see it. The property test compares random tables with what Apache
 * POI's streaming writer (SXSSF, which wrote {@code results.xlsx} before) makes of them; seeded
 * ({@code -Dergo.test.seed=N} or {@code random}; the seed is in every failure).
 */
class TableWorkbookTests {
    private static final Logger LOG = LoggerFactory.getLogger(TableWorkbookTests.class);
    private static final long DEFAULT_SEED = 20261205L;

    private static XSSFSheet written(List<String> header, List<List<?>> rows, int frozen) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWorkbook.write(out, "Results", header, rows, frozen);
        XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        return wb.getSheet("Results");
    }

    @Test
    void numbersAreNumericLightsAreFilledAndTextIsNeverAFormula() throws IOException {
        XSSFSheet s = written(List.of("id", "score", "risk", "date", "note"), List.of(
                Arrays.asList("E1", 6, TableWorkbook.Light.HIGH, LocalDate.of(2026, 3, 10), "=1+1"),
                Arrays.asList("E2", 0.8333333333333334, TableWorkbook.Light.LOW, null, Double.NaN)), 1);
        XSSFRow h = s.getRow(0);
        assertThat(h.getCell(0).getStringCellValue()).isEqualTo("id");
        assertThat(h.getCell(0).getCellStyle().getFont().getBold()).isTrue();
        assertThat(s.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(s.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(6.0);
        assertThat(s.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(0.8333333333333334);
        assertThat(s.getRow(1).getCell(2).getStringCellValue()).isEqualTo("HIGH");
        XSSFCellStyle red = s.getRow(1).getCell(2).getCellStyle();
        assertThat(red.getFillForegroundXSSFColor().getARGBHex()).endsWith("FFC7CE");
        assertThat(((XSSFCellStyle) s.getRow(2).getCell(2).getCellStyle()).getFillForegroundXSSFColor().getARGBHex())
                .endsWith("C6EFCE");
        assertThat(s.getRow(1).getCell(3).getStringCellValue()).isEqualTo("2026-03-10");
        assertThat(s.getRow(1).getCell(4).getCellType()).isEqualTo(CellType.STRING);
        assertThat(s.getRow(2).getCell(3)).isNull();
        assertThat(s.getRow(2).getCell(4)).isNull();
    }

    @Test
    void headerRowAndFirstColumnAreFrozenAndFiltered() throws IOException {
        XSSFSheet s = written(List.of("id", "a", "b"), List.of(List.of("E1", 1, 2), List.of("E2", 3, 4)), 1);
        PaneInformation pane = s.getPaneInformation();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 1);
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C3");
    }

    @Test
    void anEmptyTableHasItsHeaderAndFilter() throws IOException {
        XSSFSheet s = written(List.of("id"), List.of(), 0);
        assertThat(s.getLastRowNum()).isZero();
        assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1");
    }

    @Test
    void badArgumentsAreRefusedNamingThem() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> TableWorkbook.write(out, "R", List.of(), List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header");
        assertThatThrownBy(() -> TableWorkbook.write(out, "R", List.of("a"), List.of(), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("frozenColumns must be between 0 and 1 but was 2");
        assertThatThrownBy(() -> TableWorkbook.write(out, "R", List.of("a"), List.of(List.of(1, 2)), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("row 1 has 2 cells but the header has 1 columns");
    }

    @Test
    void lightNamesParseAndHaveTheirColours() {
        assertThat(TableWorkbook.Light.parse("MEDIUM").rgbHex()).isEqualTo("FFEB9C");
        assertThatThrownBy(() -> TableWorkbook.Light.parse("PURPLE")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void randomTablesLookAsPoisStreamingWriterWroteThem() throws IOException {
        long seed = seed();
        LOG.info("randomTablesLookAsPoisStreamingWriterWroteThem: seed {}; reproduce with -Dergo.test.seed={}", seed, seed);
        SplittableRandom random = new SplittableRandom(seed);
        for (int t = 0; t < 40; t++) {
            int columns = 1 + random.nextInt(30);
            List<String> header = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                header.add(c % 7 == 3 ? text(random) + "x" : "column_" + c + "_" + "n".repeat(random.nextInt(70)));
            }
            List<List<?>> rows = new ArrayList<>();
            for (int r = random.nextInt(12); r > 0; r--) {
                List<Object> row = new ArrayList<>();
                for (int c = random.nextInt(columns + 1); c > 0; c--) {
                    row.add(value(random));
                }
                rows.add(row);
            }
            int frozen = random.nextInt(columns + 1);
            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            TableWorkbook.write(ours, "Results", header, rows, frozen);
            ByteArrayOutputStream theirs = new ByteArrayOutputStream();
            writeWithSxssf(theirs, header, rows, frozen);
            assertSameLook(read(ours), read(theirs), "seed " + seed + " table " + t);
        }
    }

    @Test
    void everyPartIsWellFormedXml() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWorkbook.write(out, "R&D 'x' y", List.of("a<b", "c"), List.of(Arrays.asList("x\u0001\"&", true)), 1);
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                f.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()));
            }
        }
        assertThat(names).containsExactlyInAnyOrder("[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels",
                "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/workbook.xml");
        XSSFWorkbook wb = read(out);
        XSSFSheet s = wb.getSheet("R&D 'x' y");
        assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("x?\"&");
        assertThat(s.getRow(1).getCell(1).getBooleanCellValue()).isTrue();
        assertThat(wb.getName("_xlnm._FilterDatabase").getRefersToFormula()).isEqualTo("'R&D ''x'' y'!$A$1:$B$2");
    }

    @Test
    void columnsPastZAreNamedAaAndOn() throws IOException {
        List<String> header = new ArrayList<>();
        List<Object> row = new ArrayList<>();
        for (int c = 0; c < 28; c++) {
            header.add("c" + c);
            row.add(c);
        }
        XSSFSheet s = written(header, List.of(row), 0);
        assertThat(s.getRow(1).getCell(25).getReference()).isEqualTo("Z2");
        assertThat(s.getRow(1).getCell(26).getReference()).isEqualTo("AA2");
        assertThat(s.getRow(1).getCell(27).getNumericCellValue()).isEqualTo(27.0);
        assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:AB2");
    }

    @Test
    void textIsCutAtTheLongestACellHolds() throws IOException {
        String longest = "a".repeat(32_767);
        XSSFSheet s = written(List.of("a", "b"), List.of(List.of(longest, longest + "b")), 0);
        assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo(longest);
        assertThat(s.getRow(1).getCell(1).getStringCellValue()).isEqualTo(longest);
    }

    @Test
    void everyColumnCanBeFrozenAndNoneIs() throws IOException {
        PaneInformation all = written(List.of("a", "b"), List.of(), 2).getPaneInformation();
        assertThat(all.getVerticalSplitPosition()).isEqualTo((short) 2);
        assertThat(all.getHorizontalSplitPosition()).isEqualTo((short) 1);
        PaneInformation none = written(List.of("a", "b"), List.of(), 0).getPaneInformation();
        assertThat(none.isFreezePane()).isTrue();
        assertThat(none.getVerticalSplitPosition()).isZero();
        assertThat(none.getHorizontalSplitPosition()).isEqualTo((short) 1);
    }

    @Test
    void columnWidthsFollowTheHeaderBetweenTenAndSixtyCharacters() throws IOException {
        XSSFSheet s = written(List.of("id", "a".repeat(7), "a".repeat(8), "a".repeat(57), "a".repeat(58)), List.of(), 1);
        assertThat(s.getColumnWidth(0)).isEqualTo(10 * 256);
        assertThat(s.getColumnWidth(1)).isEqualTo(10 * 256);
        assertThat(s.getColumnWidth(2)).isEqualTo(11 * 256);
        assertThat(s.getColumnWidth(3)).isEqualTo(60 * 256);
        assertThat(s.getColumnWidth(4)).isEqualTo(60 * 256);
    }

    @Test
    void anInvalidSheetNameIsRefusedBeforeAnythingIsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> TableWorkbook.write(out, "a/b", List.of("a"), List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TableWorkbook.write(out, "x".repeat(32), List.of("a"), List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(out.size()).isZero();
    }

    private static XSSFWorkbook read(ByteArrayOutputStream out) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static void assertSameLook(XSSFWorkbook ours, XSSFWorkbook theirs, String what) {
        assertThat(ours.getNumberOfSheets()).as(what).isEqualTo(1);
        XSSFSheet a = ours.getSheet("Results");
        XSSFSheet b = theirs.getSheet("Results");
        assertThat(a.getLastRowNum()).as(what).isEqualTo(b.getLastRowNum());
        assertThat(a.getCTWorksheet().getAutoFilter().getRef()).as(what)
                .isEqualTo(b.getCTWorksheet().getAutoFilter().getRef());
        assertThat(a.getPaneInformation().getVerticalSplitPosition()).as(what)
                .isEqualTo(b.getPaneInformation().getVerticalSplitPosition());
        assertThat(a.getPaneInformation().getHorizontalSplitPosition()).as(what)
                .isEqualTo(b.getPaneInformation().getHorizontalSplitPosition());
        int columns = b.getRow(0).getLastCellNum();
        for (int c = 0; c < columns; c++) {
            assertThat(a.getColumnWidth(c)).as(what + " width " + c).isEqualTo(b.getColumnWidth(c));
        }
        for (int r = 0; r <= b.getLastRowNum(); r++) {
            XSSFRow ra = a.getRow(r);
            XSSFRow rb = b.getRow(r);
            for (int c = 0; c < columns; c++) {
                XSSFCell x = ra == null ? null : ra.getCell(c);
                XSSFCell y = rb == null ? null : rb.getCell(c);
                String where = what + " cell " + r + "/" + c;
                if (y == null) {
                    assertThat(x).as(where).isNull();
                    continue;
                }
                assertThat(x).as(where).isNotNull();
                assertThat(x.getCellType()).as(where).isEqualTo(y.getCellType());
                assertThat(x.toString()).as(where).isEqualTo(y.toString());
                assertThat(x.getCellStyle().getFont().getBold()).as(where).isEqualTo(y.getCellStyle().getFont().getBold());
                assertThat(x.getCellStyle().getFillPattern()).as(where).isEqualTo(y.getCellStyle().getFillPattern());
                XSSFColor fa = x.getCellStyle().getFillForegroundXSSFColor();
                XSSFColor fb = y.getCellStyle().getFillForegroundXSSFColor();
                assertThat(fa == null ? null : fa.getARGBHex()).as(where).isEqualTo(fb == null ? null : fb.getARGBHex());
            }
        }
    }

    private static Object value(SplittableRandom random) {
        return switch (random.nextInt(10)) {
            case 0 -> random.nextBoolean() ? "" : null;
            case 1 -> random.nextInt(-1000, 1000);
            case 2 -> random.nextDouble() * Math.pow(10, random.nextInt(-8, 12)) * (random.nextBoolean() ? 1 : -1);
            case 3 -> new double[] {Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1e300, Double.MIN_VALUE}[random.nextInt(5)];
            case 4 -> random.nextBoolean();
            case 5 -> TableWorkbook.Light.values()[random.nextInt(3)];
            case 6 -> LocalDate.of(2026, 1, 1).plusDays(random.nextInt(400));
            default -> text(random);
        };
    }

    private static String text(SplittableRandom random) {
        String alphabet = "ab Zz09<>&\"'\n\r\t\u0001\u001f\u00a0\u00e9\u0142\u03a9\u0416_=+-;,\uffff";
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            if (random.nextInt(20) == 0) {
                b.append("\ud83d\ude00");
            } else {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return b.toString();
    }

    /** How {@code results.xlsx} was written before: Apache POI's SXSSF, the reference for the look. */
    private static void writeWithSxssf(ByteArrayOutputStream out, List<String> header, List<List<?>> rows, int frozen)
            throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = wb.createSheet("Results");
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle headerStyle = wb.createCellStyle();
            headerStyle.setFont(bold);
            Map<TableWorkbook.Light, CellStyle> lights = new EnumMap<>(TableWorkbook.Light.class);
            for (TableWorkbook.Light l : TableWorkbook.Light.values()) {
                XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
                s.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(l.rgbHex()), null));
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                lights.put(l, s);
            }
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                h.createCell(c).setCellValue(header.get(c));
                h.getCell(c).setCellStyle(headerStyle);
                sheet.setColumnWidth(c, Math.min(60, Math.max(10, header.get(c).length() + 3)) * 256);
            }
            int r = 0;
            for (List<?> values : rows) {
                Row row = sheet.createRow(++r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v == null || v instanceof String t && t.isEmpty() || v instanceof Double d && !Double.isFinite(d)) {
                        continue;
                    }
                    org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else if (v instanceof TableWorkbook.Light l) {
                        cell.setCellValue(l.name());
                        cell.setCellStyle(lights.get(l));
                    } else {
                        cell.setCellValue(String.valueOf(v));
                    }
                }
            }
            sheet.createFreezePane(frozen, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, r, 0, header.size() - 1));
            wb.write(out);
        }
    }

    private static long seed() {
        String s = System.getProperty("ergo.test.seed");
        if (s == null || s.isBlank()) {
            return DEFAULT_SEED;
        }
        return s.equalsIgnoreCase("random") ? System.nanoTime() : Long.parseLong(s.strip());
    }
}
