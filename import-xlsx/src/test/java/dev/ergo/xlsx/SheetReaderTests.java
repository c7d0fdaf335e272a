package dev.ergo.xlsx;

import static dev.ergo.xlsx.Fixtures.read;
import static dev.ergo.xlsx.TestBook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worksheet reader (StAX) and its in-place number reading: results as with {@link Double#parseDouble},
 * and XML the SAX reader rejects is rejected with the same kind of message.
 */
class SheetReaderTests {
    private static final Logger LOG = LoggerFactory.getLogger(SheetReaderTests.class);
    private static final long DEFAULT_SEED = 13L;

    @TempDir
    Path dir;

    @Test
    void plainDecimalsAreReadInPlace() {
        assertThat(SheetHandler.simpleDecimal("0")).isEqualTo(0.0);
        assertThat(SheetHandler.simpleDecimal("72")).isEqualTo(72.0);
        assertThat(SheetHandler.simpleDecimal("-12.75")).isEqualTo(-12.75);
        assertThat(SheetHandler.simpleDecimal("5.")).isEqualTo(5.0);
        assertThat(SheetHandler.simpleDecimal(".5")).isEqualTo(0.5);
        assertThat(SheetHandler.simpleDecimal("0.1")).isEqualTo(0.1);
        assertThat(Double.doubleToRawLongBits(SheetHandler.simpleDecimal("-0"))).isEqualTo(Double.doubleToRawLongBits(-0.0));
    }

    @Test
    void fifteenDigitsAreTheLastReadInPlace() {
        assertThat(SheetHandler.simpleDecimal("999999999999999")).isEqualTo(999_999_999_999_999.0);
        assertThat(SheetHandler.simpleDecimal(".123456789012345")).isEqualTo(0.123456789012345);
        assertThat(SheetHandler.simpleDecimal("0.123456789012345")).isNaN(); // the leading zero is a digit too
        assertThat(SheetHandler.simpleDecimal("1234567890123456")).isNaN();
        assertThat(SheetHandler.simpleDecimal("0.1234567890123456")).isNaN();
    }

    @Test
    void otherFormsAreLeftToParseDouble() {
        for (String s : new String[] {"", "-", ".", "-.", "1e5", "+1", " 1", "1 ", "1.2.3", "NaN", "Infinity", "0x1p3", "1d"}) {
            assertThat(SheetHandler.simpleDecimal(s)).as(s).isNaN();
        }
    }

    @Test
    void inPlaceReadingEqualsParseDouble() {
        String p = System.getProperty("ergo.test.seed");
        long seed = p == null || p.isBlank() ? DEFAULT_SEED : p.equalsIgnoreCase("random") ? System.nanoTime() : Long.parseLong(p.strip());
        LOG.info("inPlaceReadingEqualsParseDouble: seed {}; reproduce with -Dergo.test.seed={}", seed, seed);
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            if (r.nextBoolean()) {
                sb.append('-');
            }
            int digits = 1 + r.nextInt(16);
            int point = r.nextInt(digits + 2) - 1; // -1: none
            for (int d = 0; d < digits; d++) {
                if (d == point) {
                    sb.append('.');
                }
                sb.append((char) ('0' + r.nextInt(10)));
            }
            if (point == digits) {
                sb.append('.');
            }
            String s = sb.toString();
            double fast = SheetHandler.simpleDecimal(s);
            if (digits <= 15) {
                assertThat(Double.doubleToRawLongBits(fast)).as("seed %d case %d: %s", seed, i, s)
                        .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
            } else {
                assertThat(fast).as("seed %d case %d: %s", seed, i, s).isNaN();
            }
        }
    }

    @Test
    void aDoctypeInASheetMakesItDamaged() {
        Path file = ZipParts.of(book()).edit("xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("<worksheet", "<!DOCTYPE worksheet [<!ENTITY x \"y\">]><worksheet"))
                .write(dir.resolve("doctype.xlsx"));
        assertThatThrownBy(() -> read(file)).isExactlyInstanceOf(UnsupportedFormatException.class)
                .hasMessageStartingWith("the sheet Employees is damaged and cannot be read (xl/worksheets/sheet1.xml, line 2, column 10)");
    }

    @Test
    void cdataCommentsAndEntitiesInCellsAreRead() {
        Path file = ZipParts.of(book()).edit("xl/worksheets/sheet1.xml", xml -> xml.replace("</sheetData>",
                "<row r=\"9\"><c r=\"A9\" t=\"inlineStr\"><is><t><![CDATA[E<9>]]></t></is></c><!-- note -->"
                        + "<c r=\"B9\" t=\"inlineStr\"><is><t>R&amp;D &#233;</t></is></c></row></sheetData>"))
                .write(dir.resolve("cdata.xlsx"));
        ImportResult r = read(file);
        assertThat(r.problems()).isEmpty();
        assertThat(r.surveys()).extracting(s -> s.employee().id()).containsExactly("E1", "E<9>");
        assertThat(r.surveys().get(1).employee().department()).isEqualTo("R&D \u00e9");
    }

    @Test
    void prefixedElementsAreRead() {
        Path file = ZipParts.of(book()).edit("xl/worksheets/sheet1.xml", xml -> xml
                .replaceFirst("<worksheet xmlns=\"", "<x:worksheet xmlns:x=\"").replace("</worksheet>", "</x:worksheet>")
                .replaceAll("<(/?)(sheetData|row|c|v|is|t|dimension|sheetViews|sheetView|sheetFormatPr|cols|col|pageMargins|selection|pane)([ >/])", "<$1x:$2$3"))
                .write(dir.resolve("prefixed.xlsx"));
        ImportResult r = read(file);
        assertThat(r.problems()).isEmpty();
        assertThat(r.surveys()).extracting(s -> s.employee().department()).containsExactly("Stores");
    }

    private Path book() {
        return TestBook.create().sheet("Employees", row("employee_id", "department"), row("E1", "Stores")).write(dir);
    }
}
