package dev.ergo.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.SharedStrings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SheetScanner} against the StAX reading it replaced ({@link StaxSheetReader}): every worksheet of
 * every workbook in the repository, generated ones of several sizes, rewritten variants (namespace
 * prefixes as the .NET OpenXML SDK writes them, single quotes and other attribute orders, CRLF and
 * indentation, comments and processing instructions, a byte order mark) and seeded random sheets give the
 * same rows, cells and limits; damaged copies fail with both.
 */
class SheetScannerDifferentialTests {
    private static final Logger LOG = LoggerFactory.getLogger(SheetScannerDifferentialTests.class);
    private static final long DEFAULT_SEED = 13L;

    @TempDir
    Path dir;

    /** What a reader made of a part: the rows and limits passed on, then how it ended. */
    static List<String> events(byte[] part, SharedStrings sst, int maxCellChars, int maxColumns, boolean scanner) {
        List<String> out = new ArrayList<>();
        SheetHandler.RowSink sink = new SheetHandler.RowSink() {
            @Override
            public void row(int rowNumber, List<RawCell> cells) {
                out.add("row " + rowNumber + " " + cells);
            }

            @Override
            public void beyondLimit(int rowNumber, int first, int last, int count) {
                out.add("beyond " + rowNumber + " " + first + " " + last + " " + count);
            }
        };
        SheetHandler h = new SheetHandler(sst, style -> style % 2 == 1, maxCellChars, maxColumns, sink);
        try (InputStream in = new ByteArrayInputStream(part)) {
            if (scanner) {
                new SheetScanner(in, h).scan();
            } else {
                StaxSheetReader.read(in, h);
            }
            out.add("end");
        } catch (SheetScanner.Malformed | XMLStreamException e) {
            out.clear(); // where each stops does not matter, only that both do
            out.add("malformed");
        } catch (SheetHandler.NoSharedStrings e) {
            out.add("no shared strings");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /** Asserts both readers agree on a part, with generous and with tight limits; returns the events. */
    static List<String> same(String what, byte[] part, SharedStrings sst) {
        List<String> stax = events(part, sst, 32_767, 16_384, false);
        assertThat(events(part, sst, 32_767, 16_384, true)).as(what).isEqualTo(stax);
        assertThat(events(part, sst, 3, 4, true)).as(what + ", tight limits").isEqualTo(events(part, sst, 3, 4, false));
        return stax;
    }

    static List<String> same(String what, String part) {
        return same(what, part.getBytes(StandardCharsets.UTF_8), STRINGS);
    }

    private static final SharedStrings STRINGS = strings();

    private static SharedStrings strings() {
        String xml = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"3\" uniqueCount=\"3\">"
                + "<si><t>Stores</t></si><si><t xml:space=\"preserve\"> R&amp;D </t></si><si><r><t>a</t></r><r><t>b</t></r></si></sst>";
        try {
            return new ReadOnlySharedStringsTable(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | org.xml.sax.SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The parts of a workbook by name. */
    static Map<String, byte[]> parts(Path workbook) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(workbook.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    parts.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return parts;
    }

    /** Checks every worksheet of a workbook, as stored and rewritten; returns how many rows were compared. */
    static int checkWorkbook(Path workbook) throws IOException {
        Map<String, byte[]> parts = parts(workbook);
        byte[] strings = parts.get("xl/sharedStrings.xml");
        SharedStrings sst = null;
        if (strings != null) {
            try {
                sst = new ReadOnlySharedStringsTable(new ByteArrayInputStream(strings));
            } catch (org.xml.sax.SAXException e) {
                throw new IllegalStateException(e);
            }
        }
        int rows = 0;
        int sheets = 0;
        for (Map.Entry<String, byte[]> p : parts.entrySet()) {
            if (!p.getKey().matches("xl/worksheets/[^/]+\\.xml")) {
                continue;
            }
            sheets++;
            String what = workbook.getFileName() + "!" + p.getKey();
            List<String> plain = same(what, p.getValue(), sst);
            rows += plain.size() - 1;
            assertThat(plain).as(what).endsWith("end");
            String xml = new String(p.getValue(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> v : variants(xml).entrySet()) {
                assertThat(same(what + " " + v.getKey(), v.getValue().getBytes(StandardCharsets.UTF_8), sst))
                        .as(what + " " + v.getKey() + " reads as stored").isEqualTo(plain);
            }
            byte[] bom = new byte[p.getValue().length + 3];
            bom[0] = (byte) 0xEF;
            bom[1] = (byte) 0xBB;
            bom[2] = (byte) 0xBF;
            System.arraycopy(p.getValue(), 0, bom, 3, p.getValue().length);
            assertThat(same(what + " with BOM", bom, sst)).isEqualTo(plain);
        }
        assertThat(sheets).as(workbook + " has sheets").isPositive();
        return rows;
    }

    /** The same sheet written differently. */
    static Map<String, String> variants(String xml) {
        Map<String, String> v = new LinkedHashMap<>();
        // the .NET OpenXML SDK: every element prefixed
        v.put("prefixed", xml.replaceFirst("xmlns=\"", "xmlns:x=\"")
                .replaceAll("<(/?)([A-Za-z][A-Za-z0-9]*)([ >/])", "<$1x:$2$3"));
        // single quotes, attributes in reverse order, spaces around '='
        v.put("quotes and order", reorderAttributes(xml));
        // LibreOffice-like: declaration with single quotes, CRLF and indentation between elements
        v.put("indented", xml.replaceFirst("<\\?xml[^?]*\\?>", "<?xml version='1.0' encoding='utf-8'?>")
                .replace("><", ">\r\n  <").replace("<v>\r\n  ", "<v>").replace("\r\n  </v>", "</v>")
                .replaceAll("(<(?:[a-z]+:)?t(?: [^>]*)?>)\r\n  ", "$1").replaceAll("\r\n  (</(?:[a-z]+:)?t>)", "$1"));
        v.put("comments and instructions", xml.replace("<row ", "<!-- a row --><?ergo note?><row ")
                .replace("</c>", "</c ><!---->"));
        v.put("end tags for empty elements", xml.replaceAll("<([A-Za-z:]+)(\\s[^<>]*?)?/>", "<$1$2></$1>"));
        return v;
    }

    private static String reorderAttributes(String xml) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<(c|row) ([^<>]*?)(/?)>").matcher(xml);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            List<String> attrs = new ArrayList<>();
            java.util.regex.Matcher a = java.util.regex.Pattern.compile("([A-Za-z:]+)=\"([^\"]*)\"").matcher(m.group(2));
            while (a.find()) {
                attrs.add(0, a.group(1) + " = '" + a.group(2).replace("'", "&apos;") + "'");
            }
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement("<" + m.group(1) + "\t" + String.join("\n ", attrs)
                    + " " + m.group(3) + ">"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    @Test
    void theWorkbooksOfTheRepositoryReadTheSame() throws IOException {
        List<Path> books = new ArrayList<>();
        for (Path root : List.of(Path.of("..", "examples"), Path.of("src", "test", "resources"))) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(p -> p.toString().endsWith(".xlsx")).sorted().forEach(books::add);
            }
        }
        assertThat(books).hasSizeGreaterThanOrEqualTo(5);
        int rows = 0;
        for (Path b : books) {
            rows += checkWorkbook(b);
        }
        LOG.info("{} workbooks, {} rows compared", books.size(), rows);
        assertThat(rows).isGreaterThan(50);
    }

    @Test
    void generatedWorkbooksReadTheSame() throws IOException {
        Path sample = dir.resolve("sample.xlsx");
        SampleWorkbookGenerator.write(sample);
        checkWorkbook(sample);
        for (int n : new int[] {1, 37, 1500}) {
            Path large = dir.resolve("large-" + n + ".xlsx");
            LargeWorkbookGenerator.write(large, n);
            assertThat(checkWorkbook(large)).isGreaterThan(n);
        }
    }

    @Test
    void cellsOfEveryKindReadTheSame() throws IOException {
        Path book = TestBook.create().sheet("Employees",
                TestBook.row("employee_id", "department", "age", "flag", "when", "f"),
                TestBook.row("E1", "R&D <\"x\"> 'y' \u00e9\u4e2d\ud83d\ude00", 41.5, true, java.time.LocalDate.of(2026, 1, 2),
                        TestBook.formula("1/0")),
                TestBook.row("E2", "  spaced  ", -0.0, false, null, TestBook.evaluated("\"a\"&\"b\"")),
                TestBook.row("E3", "x".repeat(40), 1e300, null, null, TestBook.evaluated("2+3"))).write(dir);
        checkWorkbook(book);
    }

    @Test
    void seededRandomSheetsReadTheSame() {
        long seed = seed();
        LOG.info("seededRandomSheetsReadTheSame: seed {}; reproduce with -Dergo.test.seed={}", seed, seed);
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 300; i++) {
            String xml = RandomSheet.write(r);
            List<String> events = same("seed " + seed + " sheet " + i + ":\n" + xml, xml);
            assertThat(events).as("seed %d sheet %d:%n%s", seed, i, xml).endsWith("end");
        }
    }

    @Test
    void seededDamagedSheetsFailTheSame() {
        long seed = seed();
        LOG.info("seededDamagedSheetsFailTheSame: seed {}; reproduce with -Dergo.test.seed={}", seed, seed);
        SplittableRandom r = new SplittableRandom(seed);
        String damage = "<>&;/=\"' ]x:!?-#";
        int failed = 0;
        for (int i = 0; i < 1000; i++) {
            StringBuilder xml = new StringBuilder(RandomSheet.write(r));
            int at = r.nextInt(xml.length());
            switch (r.nextInt(3)) {
                case 0 -> xml.setCharAt(at, damage.charAt(r.nextInt(damage.length())));
                case 1 -> xml.insert(at, damage.charAt(r.nextInt(damage.length())));
                default -> xml.deleteCharAt(at);
            }
            List<String> events = same("seed " + seed + " damaged sheet " + i + ":\n" + xml, xml.toString());
            failed += events.equals(List.of("malformed")) ? 1 : 0;
        }
        assertThat(failed).isGreaterThan(100);
    }

    @Test
    void truncatedPartsFailWithBoth() {
        SplittableRandom r = new SplittableRandom(seed());
        String xml = RandomSheet.write(r);
        int root = xml.indexOf("<worksheet") + 2;
        for (int cut = root; cut < xml.length() - 1; cut += 1 + xml.length() / 200) {
            assertThat(same("cut at " + cut, xml.substring(0, cut))).containsExactly("malformed");
        }
    }

    private static long seed() {
        String p = System.getProperty("ergo.test.seed");
        return p == null || p.isBlank() ? DEFAULT_SEED : p.equalsIgnoreCase("random") ? System.nanoTime() : Long.parseLong(p.strip());
    }

    /** Random but well-formed worksheets with the constructs the scanner must read. */
    static final class RandomSheet {
        private RandomSheet() {}

        static String write(SplittableRandom r) {
            String p = r.nextInt(3) == 0 ? "x:" : "";
            String ns = p.isEmpty() ? "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    : "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
            StringBuilder sb = new StringBuilder();
            if (r.nextBoolean()) {
                sb.append(r.nextBoolean() ? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        : "<?xml version='1.0'?>");
            }
            sb.append('<').append(p).append("worksheet ").append(ns).append(ws(r))
                    .append(" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
            sb.append('<').append(p).append("dimension ref=\"A1:C9\"/>");
            sb.append('<').append(p).append("sheetData>");
            int rows = r.nextInt(8);
            int rowNumber = 0;
            for (int i = 0; i < rows; i++) {
                rowNumber += 1 + r.nextInt(2);
                sb.append('<').append(p).append("row");
                if (r.nextInt(4) > 0) {
                    sb.append(' ').append(attr(r, "r", Integer.toString(rowNumber)));
                }
                if (r.nextBoolean()) {
                    sb.append(' ').append(attr(r, "spans", "1:3"));
                }
                sb.append(ws(r));
                int cells = r.nextInt(6);
                if (cells == 0 && r.nextBoolean()) {
                    sb.append("/>");
                    continue;
                }
                sb.append('>').append(misc(r));
                int col = 0;
                for (int c = 0; c < cells; c++) {
                    col += 1 + r.nextInt(2);
                    cell(r, sb, p, ref(col) + rowNumber);
                }
                sb.append("</").append(p).append("row").append(ws(r)).append('>');
            }
            sb.append("</").append(p).append("sheetData>").append(misc(r));
            sb.append('<').append(p).append("pageMargins left=\"0.7\" right='0.7'/>");
            sb.append("</").append(p).append("worksheet>").append(r.nextBoolean() ? "\n" : "");
            return sb.toString();
        }

        private static void cell(SplittableRandom r, StringBuilder sb, String p, String ref) {
            String[] types = {null, "n", "s", "str", "inlineStr", "b", "e", "d"};
            String t = types[r.nextInt(types.length)];
            List<String> attrs = new ArrayList<>();
            if (r.nextInt(5) > 0) {
                attrs.add(attr(r, "r", ref));
            }
            if (t != null) {
                attrs.add(attr(r, "t", t));
            }
            if (r.nextBoolean()) {
                attrs.add(attr(r, "s", Integer.toString(r.nextInt(4))));
            }
            if (r.nextInt(6) == 0) {
                attrs.add(attr(r, "r:cm", "1"));
            }
            java.util.Collections.shuffle(attrs, new java.util.Random(r.nextLong()));
            sb.append('<').append(p).append('c');
            for (String a : attrs) {
                sb.append(r.nextBoolean() ? " " : "\n\t").append(a);
            }
            sb.append(ws(r));
            if (r.nextInt(8) == 0) {
                sb.append("/>");
                return;
            }
            sb.append('>');
            if (r.nextInt(4) == 0) {
                sb.append('<').append(p).append("f>").append(text(r)).append("</").append(p).append("f>");
            }
            if ("inlineStr".equals(t)) {
                sb.append('<').append(p).append("is>");
                if (r.nextBoolean()) {
                    sb.append('<').append(p).append("t").append(r.nextBoolean() ? " xml:space=\"preserve\"" : "").append('>')
                            .append(text(r)).append("</").append(p).append("t>");
                } else {
                    for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
                        sb.append('<').append(p).append("r>").append('<').append(p).append("rPr><").append(p)
                                .append("b/></").append(p).append("rPr>").append('<').append(p).append("t>").append(text(r))
                                .append("</").append(p).append("t></").append(p).append("r>");
                    }
                    if (r.nextBoolean()) {
                        sb.append('<').append(p).append("rPh sb=\"0\" eb=\"1\"><").append(p).append("t>")
                                .append(text(r)).append("</").append(p).append("t></").append(p).append("rPh>");
                    }
                }
                sb.append("</").append(p).append("is>");
            } else if (r.nextInt(6) > 0) {
                sb.append('<').append(p).append("v>").append(value(r, t)).append("</").append(p).append("v>");
            }
            sb.append("</").append(p).append("c>").append(misc(r));
        }

        private static String value(SplittableRandom r, String t) {
            return switch (t == null ? "n" : t) {
                case "s" -> r.nextInt(5) == 0 ? " 2 " : Integer.toString(r.nextInt(3));
                case "b" -> new String[] {"1", "0", "true", " FALSE", "2"}[r.nextInt(5)];
                case "n" -> new String[] {"41.5", "-0", "1e3", " 7 ", "&#x31;2", "x", "", "1.000000000000000001"}[r.nextInt(8)];
                default -> text(r);
            };
        }

        private static String text(SplittableRandom r) {
            String[] bits = {"a", "Stores", " ", "\t", "\n", "\r\n", "\r", "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#10;",
                "&#x41;", "&#233;", "&#x1F600;", "\u00e9", "\u4e2d", "\ud83d\ude00", "<![CDATA[<b>&amp;]]]>", "<![CDATA[]]>",
                "<!-- c -->", "<?pi x?>", "]", "'\"", "x".repeat(r.nextInt(6))};
            StringBuilder sb = new StringBuilder();
            for (int i = 0, n = r.nextInt(6); i < n; i++) {
                sb.append(bits[r.nextInt(bits.length)]);
            }
            return sb.toString();
        }

        private static String misc(SplittableRandom r) {
            return switch (r.nextInt(6)) {
                case 0 -> "<!-- note -->";
                case 1 -> "<?mso-application progid=\"Excel.Sheet\"?>";
                case 2 -> "\r\n  ";
                default -> "";
            };
        }

        private static String attr(SplittableRandom r, String name, String value) {
            char q = r.nextBoolean() ? '"' : '\'';
            return name + (r.nextInt(4) == 0 ? " = " : "=") + q + value + q;
        }

        private static String ws(SplittableRandom r) {
            return r.nextInt(4) == 0 ? " \n" : "";
        }

        private static String ref(int col) {
            StringBuilder sb = new StringBuilder();
            for (int c = col; c > 0; c = (c - 1) / 26) {
                sb.insert(0, (char) ('A' + (c - 1) % 26));
            }
            return sb.toString();
        }
    }
}
