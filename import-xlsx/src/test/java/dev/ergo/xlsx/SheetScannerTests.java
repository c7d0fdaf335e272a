package dev.ergo.xlsx;

import static dev.ergo.xlsx.Fixtures.read;
import static dev.ergo.xlsx.TestBook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SheetScanner}, one construct at a time: what it reads (each also read the same by the StAX
 * oracle) and what it rejects, and the problem a damaged sheet gives in an import.
 */
class SheetScannerTests {
    private static final String NS = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

    @TempDir
    Path dir;

    /** The texts of the cells of a sheet whose sheetData is {@code rows}, as the scanner reads them. */
    private static List<String> cells(String rows) {
        return cells(("<worksheet " + NS + "><sheetData>" + rows + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> cells(byte[] part) {
        List<String> out = new ArrayList<>();
        SheetHandler h = new SheetHandler(null, s -> false, 32_767, 16_384, (rowNumber, row) -> {
            for (RawCell c : row) {
                out.add(rowNumber + ":" + c.column() + ":" + c.kind() + ":" + (c.kind() == RawCell.Kind.NUMBER ? c.number() : c.text()));
            }
        });
        try {
            new SheetScanner(new ByteArrayInputStream(part), h).scan();
        } catch (SheetScanner.Malformed | IOException e) {
            throw new AssertionError(e);
        }
        assertThat(SheetScannerDifferentialTests.same("oracle", part, null)).as("as the StAX reader").endsWith("end");
        return out;
    }

    private static String malformed(String part) {
        return malformed(part.getBytes(StandardCharsets.UTF_8));
    }

    /** The scanner's reason for refusing a part; the StAX oracle refuses it too unless noted. */
    private static String malformed(byte[] part) {
        SheetHandler h = new SheetHandler(null, s -> false, 32_767, 16_384, (n, row) -> {});
        try {
            new SheetScanner(new ByteArrayInputStream(part), h).scan();
        } catch (SheetScanner.Malformed e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("read: " + new String(part, StandardCharsets.UTF_8));
    }

    private static String sheet(String rows) {
        return "<worksheet " + NS + "><sheetData>" + rows + "</sheetData></worksheet>";
    }

    @Test
    void inlineNumberAndFormulaCells() {
        assertThat(cells("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>E1</t></is></c><c r=\"B2\"><v>41.5</v></c>"
                + "<c r=\"C2\"><f>A1*2</f><v>3</v></c><c r=\"D2\"><f>1/0</f></c></row>"))
                .containsExactly("2:0:TEXT:E1", "2:1:NUMBER:41.5", "2:2:NUMBER:3.0", "2:3:NO_RESULT:");
    }

    @Test
    void anyNamespacePrefixAsTheOpenXmlSdkWritesIt() {
        byte[] part = ("<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>"
                + "<x:row r=\"1\"><x:c r=\"B1\" t=\"inlineStr\"><x:is><x:t>E1</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(cells(part)).containsExactly("1:1:TEXT:E1");
    }

    @Test
    void attributesInEitherQuoteStyleAndAnyOrderWithWhitespace() {
        assertThat(cells("<row\n r = '3' ><c\tt='inlineStr'  s=\"1\"\r\n r='C3' ><is><t>x</t></is></c ></row >"))
                .containsExactly("3:2:TEXT:x");
    }

    @Test
    void selfClosingRowsAndCells() {
        assertThat(cells("<row r=\"1\"/><row r=\"2\"><c r=\"A2\"/><c r=\"B2\" t=\"inlineStr\"><is><t>y</t></is></c></row>"))
                .containsExactly("2:1:TEXT:y");
    }

    @Test
    void commentsAndProcessingInstructionsAreSkipped() {
        assertThat(cells("<!-- a --><row r=\"1\"><?pi x?><c r=\"A1\" t=\"inlineStr\"><is><t>a<!-- b -->b<?q?>c</t></is></c></row>"))
                .containsExactly("1:0:TEXT:abc");
    }

    @Test
    void cdataIsTextAsWritten() {
        assertThat(cells("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t><![CDATA[<b>&amp;]]]>]]&gt;</t></is></c></row>"))
                .containsExactly("1:0:TEXT:<b>&amp;]]]>");
    }

    @Test
    void predefinedEntitiesAndCharacterReferences() {
        assertThat(cells("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lt;&gt;&amp;&apos;&quot;&#10;&#x41;&#233;&#x1F600;</t></is></c></row>"))
                .containsExactly("1:0:TEXT:<>&'\"\nA\u00e9\ud83d\ude00");
    }

    @Test
    void spacePreservedAndLineEndsNormalised() {
        assertThat(cells("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">  a\r\nb\rc  </t></is></c></row>"))
                .containsExactly("1:0:TEXT:  a\nb\nc  ");
    }

    @Test
    void richTextRunsAreJoinedAndPhoneticRunsLeftOut() {
        assertThat(cells("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t>Sto</t></r><r><t>res</t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh></is></c></row>")).containsExactly("1:0:TEXT:Stores");
    }

    @Test
    void utf8WithSupplementaryCharactersAndAByteOrderMark() {
        byte[] body = sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>\u0141\u00f3d\u017a \u4e2d \ud83d\ude00</t></is></c></row>")
                .getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream withBom = new ByteArrayOutputStream();
        withBom.write(0xEF);
        withBom.write(0xBB);
        withBom.write(0xBF);
        withBom.writeBytes(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n").getBytes(StandardCharsets.UTF_8));
        withBom.writeBytes(body);
        assertThat(cells(withBom.toByteArray())).containsExactly("1:0:TEXT:\u0141\u00f3d\u017a \u4e2d \ud83d\ude00");
    }

    @Test
    void aTextLongerThanTheScannerBufferIsReadWhole() {
        String text = "\u00e9x".repeat(10_000);
        assertThat(cells("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + text + "</t></is></c></row>"))
                .containsExactly("1:0:TEXT:" + text);
    }

    @Test
    void aLongAttributeOfAnotherElementIsReadWithoutKeepingIt() {
        String ref = "A1:B2 ".repeat(50_000);
        assertThat(cells(("<worksheet " + NS + "><conditionalFormatting sqref=\"" + ref + "\"/><sheetData><row r=\"1\"><c r=\"A1\">"
                + "<v>1</v></c></row></sheetData></worksheet>").getBytes(StandardCharsets.UTF_8))).containsExactly("1:0:NUMBER:1.0");
    }

    @Test
    void aDoctypeIsRejectedSoNoEntityCanBeDeclared() {
        assertThat(malformed("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]>"
                + sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&b;</t></is></c></row>"))).isEqualTo("DOCTYPE is not allowed");
        assertThat(malformed("<!DOCTYPE worksheet SYSTEM \"http://example.invalid/x.dtd\">" + sheet(""))).isEqualTo("DOCTYPE is not allowed");
    }

    @Test
    void undeclaredAndBadReferencesAreRejected() {
        assertThat(malformed(sheet("<row><c><v>&nbsp;</v></c></row>"))).isEqualTo("undeclared entity");
        assertThat(malformed(sheet("<row><c><v>&amp</v></c></row>"))).isEqualTo("undeclared entity");
        assertThat(malformed(sheet("<row><c><v>&#xZZ;</v></c></row>"))).isEqualTo("bad character reference");
        assertThat(malformed(sheet("<row><c><v>&#0;</v></c></row>"))).isEqualTo("bad character reference");
        assertThat(malformed(sheet("<row><c><v>&#X41;</v></c></row>"))).isEqualTo("bad character reference");
        assertThat(malformed(sheet("<row><c><v>&#1114112;</v></c></row>"))).isEqualTo("bad character reference");
    }

    @Test
    void truncatedAndUnclosedPartsAreRejected() {
        String whole = sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
        assertThat(malformed(whole.substring(0, whole.length() - 1))).isEqualTo("unexpected end of the part");
        assertThat(malformed(whole.replace("</c>", ""))).isEqualTo("end tag does not match the start tag");
        assertThat(malformed(whole.replace("<v>1</v>", "<v>1</V>"))).isEqualTo("end tag does not match the start tag");
        assertThat(malformed(whole.replace("r=\"1\"", "r=\"1"))).isEqualTo("'<' in an attribute value");
        assertThat(malformed("")).isEqualTo("no root element");
        assertThat(malformed(whole + "<more/>")).isEqualTo("content after the root element");
        assertThat(malformed(whole + "text")).isEqualTo("content outside the root element");
    }

    @Test
    void badCharactersAndInvalidUtf8AreRejected() {
        assertThat(malformed(sheet("<row><c><v>\u0001</v></c></row>"))).isEqualTo("invalid character");
        assertThat(malformed(sheet("<row><c><v>a]]>b</v></c></row>"))).isEqualTo("']]>' in text");
        for (byte[] bad : new byte[][] {{(byte) 0xC3, 0x28}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xEF, (byte) 0xBF, (byte) 0xBE}}) {
            ByteArrayOutputStream part = new ByteArrayOutputStream();
            part.writeBytes(("<worksheet " + NS + "><sheetData><row><c t=\"str\"><v>").getBytes(StandardCharsets.UTF_8));
            part.writeBytes(bad);
            part.writeBytes("</v></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            assertThat(malformed(part.toByteArray())).isIn("invalid UTF-8", "invalid character");
        }
    }

    @Test
    void duplicateAttributesUndeclaredPrefixesAndLongNamesAreRejected() {
        assertThat(malformed(sheet("<row><c r=\"A1\" r=\"B1\"/></row>"))).isEqualTo("attribute given twice");
        assertThat(malformed(sheet("<row><y:c r=\"A1\"/></row>"))).isEqualTo("undeclared namespace prefix");
        assertThat(malformed(sheet("<row><c y:r=\"A1\"/></row>"))).isEqualTo("undeclared namespace prefix");
        assertThat(malformed(sheet("<row><" + "c".repeat(1001) + "/></row>"))).isEqualTo("name longer than 1000");
    }

    @Test
    void aCellAttributeAtTheLimitIsReadAndOneLongerIsRejected() {
        String atLimit = "A1" + " ".repeat(SheetScanner.MAX_ATTRIBUTE - 2);
        assertThat(cells("<row r=\"1\"><c r=\"" + atLimit + "\"><v>1</v></c></row>")).containsExactly("1:0:NUMBER:1.0");
        assertThat(malformed(sheet("<row><c r=\"" + atLimit + " \"><v>1</v></c></row>")))
                .isEqualTo("attribute value longer than " + SheetScanner.MAX_ATTRIBUTE);
    }

    @Test
    void processingInstructionsAreCheckedLikeText() {
        byte[] part = ("<?ergo \u00e9?>" + sheet("")).getBytes(StandardCharsets.UTF_8);
        assertThat(cells(part)).isEmpty();
        part[8] = (byte) 0xC0; // the first byte of the '\u00e9' made an overlong lead byte
        assertThat(malformed(part)).isEqualTo("invalid UTF-8");
        assertThat(SheetScannerDifferentialTests.same("oracle", part, null)).containsExactly("malformed");
        assertThat(malformed("<?xml version=\"1.0\"" + " ".repeat(1000) + "?>" + sheet(""))).isEqualTo("bad XML declaration");
    }

    @Test
    void anotherEncodingThanUtf8IsRejected() {
        assertThat(malformed("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + sheet(""))).isEqualTo("not UTF-8: ISO-8859-1");
        assertThat(malformed(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '<'})).isEqualTo("not UTF-8");
    }

    private Path book() {
        return TestBook.create().sheet("Employees", row("employee_id", "department"), row("E1", "Stores")).write(dir);
    }

    @Test
    void aDamagedSheetIsTheSameProblemAsBeforeWithTheSaxReadersPosition() {
        Path file = ZipParts.of(book()).edit("xl/worksheets/sheet1.xml", xml -> xml.replace("</row>", "</rows>"))
                .write(dir.resolve("mismatch.xlsx"));
        assertThatThrownBy(() -> read(file)).isExactlyInstanceOf(UnsupportedFormatException.class)
                .hasMessageMatching("the sheet Employees is damaged and cannot be read \\(xl/worksheets/sheet1\\.xml, line \\d+,"
                        + " column \\d+\\); save the workbook again from your spreadsheet program");
    }

    @Test
    void invalidUtf8InASheetIsADamagedSheet() {
        ZipParts parts = ZipParts.of(book());
        byte[] xml = parts.text("xl/worksheets/sheet1.xml").getBytes(StandardCharsets.UTF_8);
        int at = new String(xml, StandardCharsets.ISO_8859_1).indexOf("<sheetData>");
        xml[at - 1] = (byte) 0xC0; // in place of the '>' before it
        Path file = parts.put("xl/worksheets/sheet1.xml", xml).write(dir.resolve("utf8.xlsx"));
        assertThatThrownBy(() -> read(file)).isExactlyInstanceOf(UnsupportedFormatException.class)
                .hasMessageStartingWith("the sheet Employees is damaged and cannot be read (xl/worksheets/sheet1.xml, line ");
    }

    @Test
    void anOverlongCellAttributeIsADamagedSheetAtTheScannersPosition() {
        Path file = ZipParts.of(book()).edit("xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("<c r=\"A1\"", "<c r=\"A1" + " ".repeat(SheetScanner.MAX_ATTRIBUTE) + "\""))
                .write(dir.resolve("long.xlsx"));
        assertThatThrownBy(() -> read(file)).isExactlyInstanceOf(UnsupportedFormatException.class)
                .hasMessageMatching("the sheet Employees is damaged and cannot be read \\(xl/worksheets/sheet1\\.xml, line 2,"
                        + " column \\d+\\); save the workbook again from your spreadsheet program");
    }
}
