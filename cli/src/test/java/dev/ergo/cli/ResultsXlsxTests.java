package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.Assessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code results.xlsx} of the sample, read back with POI and compared with results.csv. */
class ResultsXlsxTests {
    private static final Path SAMPLE = Path.of("..", "examples", "sample-survey.xlsx");

    @TempDir
    static Path tmp;

    private static XSSFSheet sheet;
    private static List<CSVRecord> csv;

    @BeforeAll
    static void assessTheSample() throws IOException {
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("assess", SAMPLE.toString(), "--out", out.toString(), "--date", "2026-11-24", "-q");
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.INPUT_PROBLEMS);
        XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("results.xlsx")));
        sheet = wb.getSheet("Results");
        try (CSVParser p = CSVParser.parse(out.resolve("results.csv"), StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
            csv = p.getRecords();
        }
    }

    @Test
    void theHeaderIsTheCsvHeader() {
        XSSFRow h = sheet.getRow(0);
        List<String> names = new ArrayList<>();
        h.forEach(c -> names.add(c.getStringCellValue()));
        assertThat(names).isEqualTo(Assessor.csvHeader());
        assertThat(sheet.getLastRowNum()).isEqualTo(csv.size() - 1).isEqualTo(21);
    }

    @Test
    void everyCellHasTheCsvTextAndNumbersAreNumeric() {
        List<String> header = Assessor.csvHeader();
        int rosaScore = header.indexOf("rosa_score");
        int numeric = 0;
        for (int r = 1; r < csv.size(); r++) {
            XSSFRow row = sheet.getRow(r);
            for (int c = 0; c < header.size(); c++) {
                String expected = csv.get(r).get(c);
                Cell cell = row.getCell(c);
                if (expected.isEmpty()) {
                    assertThat(cell).as("%s row %d", header.get(c), r).isNull();
                } else if (cell.getCellType() == CellType.NUMERIC) {
                    numeric++;
                    assertThat(cell.getNumericCellValue()).as("%s row %d", header.get(c), r)
                            .isEqualTo(Double.parseDouble(expected));
                } else {
                    assertThat(cell.getStringCellValue()).as("%s row %d", header.get(c), r)
                            .isEqualTo(expected.startsWith("'") ? expected.substring(1) : expected);
                }
            }
            if (!csv.get(r).get(rosaScore).isEmpty()) {
                assertThat(row.getCell(rosaScore).getCellType()).isEqualTo(CellType.NUMERIC);
            }
        }
        assertThat(numeric).isGreaterThan(100);
    }

    @Test
    void aHighLightIsARedCell() {
        int overall = Assessor.csvHeader().indexOf("overall_risk");
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Cell cell = sheet.getRow(r).getCell(overall);
            String argb = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundXSSFColor().getARGBHex();
            switch (cell.getStringCellValue()) {
                case "HIGH" -> assertThat(argb).endsWith("FFC7CE");
                case "MEDIUM" -> assertThat(argb).endsWith("FFEB9C");
                default -> assertThat(argb).endsWith("C6EFCE");
            }
        }
    }

    @Test
    void theHeaderAndIdColumnAreFrozenAndFiltered() {
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:").endsWith("22");
    }
}
