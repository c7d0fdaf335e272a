package dev.ergo.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

/** {@link CellStyles} against POI's XMLBeans-based {@code StylesTable}, the reader it replaced. */
class CellStylesTests {
    private static final Logger LOG = LoggerFactory.getLogger(CellStylesTests.class);
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";

    @TempDir
    Path dir;

    /** POI's decision, as the importer made it before. */
    private static boolean oracle(StylesTable st, int index) {
        try {
            XSSFCellStyle style = st.getStyleAt(index);
            return style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Compares every index (and a few outside) of one styles part; returns the number of date styles. */
    private static int compare(byte[] xml, String what) {
        try {
            StylesTable st = new StylesTable(new ByteArrayInputStream(xml));
            CellStyles ours = CellStyles.parse(new ByteArrayInputStream(xml));
            int dates = 0;
            for (int i = -2; i < st.getNumCellStyles() + 3; i++) {
                assertThat(ours.isDate(i)).as("%s: style %d", what, i).isEqualTo(oracle(st, i));
                dates += ours.isDate(i) ? 1 : 0;
            }
            return dates;
        } catch (IOException | SAXException e) {
            throw new AssertionError(what + ": " + e, e);
        }
    }

    private static void compareWorkbook(Path file) throws Exception {
        try (WorkbookPackage wp = WorkbookPackage.open(file)) {
            StylesTable st = new XSSFReader(wp.opc()).getStylesTable();
            CellStyles ours = CellStyles.read(wp.opc());
            assertThat(ours == null).as("%s has no styles", file).isEqualTo(st == null);
            if (st != null) {
                try (InputStream in = wp.opc().getPartsByContentType(CellStyles.CONTENT_TYPE).get(0).getInputStream()) {
                    compare(in.readAllBytes(), file.toString());
                }
            }
        }
    }

    private static Stream<Path> repositoryWorkbooks() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources"), Path.of("../examples"))) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(p -> p.toString().endsWith(".xlsx")).forEach(out::add);
            }
        }
        return out.stream();
    }

    @Test
    void everyWorkbookOfTheRepositoryGetsTheSameDecisions() throws Exception {
        List<Path> books = repositoryWorkbooks().toList();
        assertThat(books).hasSizeGreaterThanOrEqualTo(5);
        for (Path p : books) {
            compareWorkbook(p);
        }
    }

    @Test
    void generatedWorkbookWithCustomFormatsGetsTheSameDecisions() throws Exception {
        Path file = TestBook.create().sheet("Employees", TestBook.row("id", "a", "b", "c", "d", "e", "f", "g"),
                TestBook.row("E1", LocalDate.of(2026, 1, 2), new TestBook.Formatted(1, "dd/mm/yyyy hh:mm"),
                        new TestBook.Formatted(2, "0.00"), new TestBook.Formatted(3, "[h]:mm"),
                        new TestBook.Formatted(4, "#,##0 \"kg\""), new TestBook.Formatted(5, "mmm-yy"),
                        new TestBook.Formatted(6, "0%"))).write(dir);
        compareWorkbook(file);
        try (WorkbookPackage wp = WorkbookPackage.open(file)) {
            CellStyles ours = CellStyles.read(wp.opc());
            assertThat(ours).isNotNull();
            int dates = 0;
            for (int i = 0; i < 10; i++) {
                dates += ours.isDate(i) ? 1 : 0;
            }
            assertThat(dates).as("yyyy-mm-dd, dd/mm/yyyy hh:mm, [h]:mm, mmm-yy").isEqualTo(4);
        }
    }

    @Test
    void missingStylesPartIsNoStyles() throws Exception {
        Path book = TestBook.create().sheet("Employees", TestBook.row("id"), TestBook.row("E1")).write(dir);
        Path file = ZipParts.of(book).remove("xl/styles.xml").write(dir.resolve("no-styles.xlsx"));
        compareWorkbook(file);
        try (WorkbookPackage wp = WorkbookPackage.open(file)) {
            assertThat(CellStyles.read(wp.opc())).isNull();
        }
    }

    private static byte[] styles(String body) {
        return (HEAD + body + "</styleSheet>").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void customDateAndNonDateFormats() {
        byte[] xml = styles("<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>"
                + "<numFmt numFmtId=\"165\" formatCode=\"0.000\"/><numFmt numFmtId=\"166\" formatCode=\"[$-409]d-mmm;@\"/></numFmts>"
                + "<cellXfs count=\"6\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/>"
                + "<xf numFmtId=\"166\"/><xf numFmtId=\"14\"/><xf numFmtId=\"2\"/></cellXfs>");
        assertThat(compare(xml, "custom")).isEqualTo(3);
    }

    @Test
    void builtInIdOverriddenByCustomFormat() {
        // 14 is a built-in date id, so it stays a date; 2 overridden by a date format becomes one
        byte[] xml = styles("<numFmts><numFmt numFmtId=\"14\" formatCode=\"0.00\"/><numFmt numFmtId=\"2\" formatCode=\"d/m/yy\"/></numFmts>"
                + "<cellXfs><xf numFmtId=\"14\"/><xf numFmtId=\"2\"/></cellXfs>");
        assertThat(compare(xml, "override")).isEqualTo(2);
    }

    @Test
    void missingNumFmtsAndMissingAttributes() {
        assertThat(compare(styles("<cellXfs><xf/><xf numFmtId=\"22\"/><xf numFmtId=\"164\"/></cellXfs>"), "no numFmts")).isEqualTo(1);
        assertThat(compare(styles("<numFmts><numFmt numFmtId=\"164\"/></numFmts><cellXfs><xf numFmtId=\"164\"/></cellXfs>"),
                "no formatCode")).isZero();
        assertThat(compare(styles(""), "empty")).isZero();
    }

    @Test
    void oddIdsAsPoiReadsThem() {
        // ids are kept as shorts: 65550 is 14, a date; a non-number is no date
        byte[] xml = styles("<numFmts><numFmt numFmtId=\"65700\" formatCode=\"yyyy\"/></numFmts><cellXfs>"
                + "<xf numFmtId=\"65550\"/><xf numFmtId=\"x\"/><xf numFmtId=\" 15 \"/><xf numFmtId=\"164\"/>"
                + "<xf numFmtId=\"65700\"/><xf numFmtId=\"4294967295\"/><xf numFmtId=\"-65522\"/></cellXfs>");
        compare(xml, "odd ids");
    }

    @Test
    void customFormatWithAnIdThatIsNoNumberIsIgnored() throws Exception {
        // POI's StylesTable fails with a runtime exception here, which the importer reported as an internal error
        byte[] xml = styles("<numFmts><numFmt numFmtId=\"x\" formatCode=\"yyyy\"/><numFmt numFmtId=\"164\" formatCode=\"yyyy\"/></numFmts>"
                + "<cellXfs><xf numFmtId=\"164\"/><xf numFmtId=\"0\"/></cellXfs>");
        assertThatThrownBy(() -> new StylesTable(new ByteArrayInputStream(xml))).isInstanceOf(IllegalArgumentException.class);
        CellStyles ours = CellStyles.parse(new ByteArrayInputStream(xml));
        assertThat(ours.isDate(0)).isTrue();
        assertThat(ours.isDate(1)).isFalse();
    }

    @Test
    void onlyTheFirstSectionsAndDirectChildrenCount() {
        byte[] xml = styles("<numFmts><numFmt numFmtId=\"164\" formatCode=\"yyyy\"/></numFmts>"
                + "<numFmts><numFmt numFmtId=\"165\" formatCode=\"yyyy\"/></numFmts>"
                + "<cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs>"
                + "<cellXfs><xf numFmtId=\"165\"><alignment/></xf><xf numFmtId=\"164\"/></cellXfs>"
                + "<cellXfs><xf numFmtId=\"14\"/><xf numFmtId=\"14\"/><xf numFmtId=\"14\"/></cellXfs>");
        assertThat(compare(xml, "sections")).isEqualTo(1);
    }

    @Test
    void prefixedNamespaceIsRead() {
        byte[] xml = ("<x:styleSheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<x:cellXfs><x:xf numFmtId=\"14\"/></x:cellXfs></x:styleSheet>").getBytes(StandardCharsets.UTF_8);
        assertThat(compare(xml, "prefix")).isEqualTo(1);
    }

    @Test
    void notAStyleSheetFailsLikePoi() {
        for (String bad : List.of("<styleSheet><cellXfs/></styleSheet>", "<foo xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>",
                HEAD + "<cellXfs>", HEAD + "</styleSheet><!DOCTYPE x>",
                "<!DOCTYPE x [<!ENTITY e \"yyyy\">]>" + HEAD.substring(HEAD.indexOf("<styleSheet")) + "</styleSheet>")) {
            byte[] xml = bad.getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> new StylesTable(new ByteArrayInputStream(xml))).as("POI: %s", bad).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> CellStyles.parse(new ByteArrayInputStream(xml))).as(bad).isInstanceOf(SAXException.class);
        }
    }

    private static final String[] FORMATS = {"yyyy-mm-dd", "0.00", "General", "d/m/yyyy h:mm", "[h]:mm:ss", "#,##0",
        "0%", "mmm-yy", "\"day\" 0", "[Red]0.00", "[$-F800]dddd, mmmm dd, yyyy", "@", "yy\\ mm", "0.0E+00", "hh:mm AM/PM",
        "[=1]\"one\";0", "", "dd", "[$€-407] #,##0.00", "mm:ss.0"};

    @Test
    void randomStyleSheetsGetTheSameDecisions() {
        long seed = seed();
        int cases = 300;
        LOG.info("random style sheets: seed {} ({} cases); reproduce with -Dergo.test.seed={}", seed, cases, seed);
        SplittableRandom rnd = new SplittableRandom(seed);
        int dates = 0;
        for (int c = 0; c < cases; c++) {
            StringBuilder b = new StringBuilder();
            if (rnd.nextInt(4) > 0) {
                b.append("<numFmts>");
                for (int i = rnd.nextInt(6); i > 0; i--) {
                    b.append("<numFmt numFmtId=\"").append(id(rnd).replace("abc", "0")).append('"');
                    if (rnd.nextInt(10) > 0) {
                        b.append(" formatCode=\"").append(FORMATS[rnd.nextInt(FORMATS.length)].replace("\"", "&quot;")).append('"');
                    }
                    b.append("/>");
                }
                b.append("</numFmts>");
            }
            if (rnd.nextInt(8) > 0) {
                b.append("<cellXfs>");
                for (int i = rnd.nextInt(10); i > 0; i--) {
                    b.append(rnd.nextInt(10) > 0 ? "<xf numFmtId=\"" + id(rnd) + "\"/>" : "<xf/>");
                }
                b.append("</cellXfs>");
            }
            dates += compare(styles(b.toString()), "seed " + seed + " case " + c + ": " + b);
        }
        assertThat(dates).as("some date styles were generated").isPositive();
    }

    private static String id(SplittableRandom rnd) {
        return switch (rnd.nextInt(6)) {
            case 0 -> String.valueOf(rnd.nextInt(50));
            case 1 -> String.valueOf(14 + rnd.nextInt(10));
            case 2 -> String.valueOf(164 + rnd.nextInt(4));
            case 3 -> String.valueOf(65536 + rnd.nextInt(50));
            case 4 -> rnd.nextBoolean() ? "abc" : "-3";
            default -> String.valueOf(45 + rnd.nextInt(3));
        };
    }

    private static long seed() {
        String p = System.getProperty("ergo.test.seed");
        return p == null || p.isBlank() ? 20261205L : p.equalsIgnoreCase("random") ? System.nanoTime() : Long.parseLong(p.strip());
    }
}
