package dev.ergo.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.model.text.Languages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class XlsxTextsTests {
    static List<Locale> shipped() {
        return Languages.supported();
    }

    @ParameterizedTest(name = "the template's {0} bundle has every key and the same placeholders")
    @MethodSource("shipped")
    void everyBundleIsComplete(Locale language) {
        assertThat(XlsxTexts.MESSAGES.problems(language)).isEmpty();
    }

    @Test
    void everySheetHasAPurposeAndEveryColumnItsHelpInTheBundle() {
        var english = XlsxTexts.MESSAGES.in(Languages.DEFAULT);
        int columns = 0;
        for (SheetSpec spec : SheetSpecs.ALL) {
            assertThat(english.text("sheet." + spec.name())).isEqualTo(spec.purpose());
            for (ColumnSpec c : spec.columns()) {
                assertThat(english.has("column." + spec.name() + "." + c.name())).as(spec.name() + "." + c.name()).isTrue();
                assertThat(english.text("column." + spec.name() + "." + c.name())).isEqualTo(c.help());
                columns++;
            }
        }
        assertThat(columns).isEqualTo(144);
    }

    static List<Locale> translated() {
        return Languages.supported().stream().filter(l -> !l.equals(Languages.DEFAULT)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translated")
    void everyColumnHelpIsTranslated(Locale language) {
        var texts = XlsxTexts.MESSAGES.in(language);
        var english = XlsxTexts.MESSAGES.in(Languages.DEFAULT);
        for (SheetSpec spec : SheetSpecs.ALL) {
            for (ColumnSpec c : spec.columns()) {
                String key = "column." + spec.name() + "." + c.name();
                assertThat(texts.text(key)).as(key).isNotEqualTo(english.text(key));
            }
        }
    }

    @Test
    void aGermanTemplatesDataSheetsHaveGermanColumnHelp() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SurveyTemplate.write(out, Locale.GERMAN);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var vibration = wb.getSheet("Vibration").getRow(0);
            String aHv = null;
            for (int i = 0; i < vibration.getLastCellNum(); i++) {
                if (vibration.getCell(i).getStringCellValue().equals("a_hv")) {
                    aHv = vibration.getCell(i).getCellComment().getString().getString();
                }
            }
            assertThat(aHv).startsWith("a_hv\nSchwingungsgesamtwert der Hand-Arm-Vibrationen")
                    .doesNotContain("Hand-arm vibration total value");
        }
    }

    @Test
    void aGermanTemplateHasGermanInstructionsAndComments() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SurveyTemplate.write(out, Locale.GERMAN);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getSheet("Instructions").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("So füllen Sie diese Arbeitsmappe aus");
            var employees = wb.getSheet("Employees");
            int found = -1;
            for (int i = 0; i < employees.getRow(0).getLastCellNum(); i++) {
                if (employees.getRow(0).getCell(i).getStringCellValue().equals("language")) {
                    found = i;
                }
            }
            int language = found;
            assertThat(language).isNotNegative();
            assertThat(employees.getRow(0).getCell(language).getCellComment().getString().getString())
                    .contains("Sprache des Berichts").contains("Übersetzungen: en, de, fr, es, pl.");
            assertThat(employees.getDataValidations()).anySatisfy(v -> {
                assertThat(v.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(language);
                assertThat(v.getErrorBoxText()).startsWith("Wählen Sie eines von: en, de, fr, es, pl.");
            });
        }
    }
}
