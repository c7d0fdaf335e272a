package dev.ergo.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableWorkbookTests {

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
}
