package dev.ergo.xlsx;

import static dev.ergo.xlsx.Fixtures.ROSA_HEADER;
import static dev.ergo.xlsx.Fixtures.employees;
import static dev.ergo.xlsx.Fixtures.read;
import static dev.ergo.xlsx.Fixtures.rosaRow;
import static dev.ergo.xlsx.TestBook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.ergo.model.SourceRow;
import dev.ergo.model.office.RosaChecklist;
import dev.ergo.model.office.Workstation;
import dev.ergo.xlsx.ImportProblem.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged copies of a generated workbook (issue #18): every one gets one sentence naming the real
 * cause, or is read correctly with a problem saying what was left out; nothing is lost silently.
 */
class DamagedWorkbookTests {
    @TempDir
    Path dir;

    /** Employees (sheet1), Workstation (sheet2) and ROSA (sheet3), every row valid. */
    private ZipParts sample() {
        return ZipParts.of(TestBook.create()
                .sheet("Employees", row("employee_id", "department"), row("E1", "Stores"), row("E2", "Office"), row("E3", "Office"))
                .sheet("Workstation", row("employee_id", "desk_height_cm"), row("E1", 72), row("E2", 74))
                .sheet("ROSA", ROSA_HEADER, rosaRow("E1"), rosaRow("E3"))
                .write(dir));
    }

    private Path write(ZipParts parts) {
        return parts.write(dir.resolve("damaged-" + System.nanoTime() + ".xlsx"));
    }

    @Test
    void relationshipsThatAreNotXmlGiveOneSentence() {
        Path file = write(sample().flip("_rels/.rels", 0, 2));
        assertThatThrownBy(() -> read(file)).isExactlyInstanceOf(UnsupportedFormatException.class)
                .hasMessage(ImportRun.DAMAGED);
    }

    @Test
    void damagedDocumentPropertiesAreANoticeAndTheWorkbookIsRead() {
        Path file = write(sample().edit("docProps/core.xml", xml -> xml.substring(0, xml.length() / 2)));
        ImportResult r = read(file);
        assertThat(r.surveys()).hasSize(3);
        assertThat(r.problems()).extracting(ImportProblem::severity, ImportProblem::sheet, ImportProblem::message)
                .containsExactly(tuple(Severity.NOTICE, "", "the document properties (docProps/core.xml: author, title,"
                        + " dates) are damaged and were ignored; the sheets were read"));
    }

    @Test
    void unterminatedRowNamesTheSheet() {
        Path file = write(sample().edit("xl/worksheets/sheet2.xml", xml -> xml.replaceFirst("</row>", "")));
        assertThatThrownBy(() -> read(file)).isExactlyInstanceOf(UnsupportedFormatException.class)
                .hasMessageStartingWith("the sheet Workstation is damaged and cannot be read (xl/worksheets/sheet2.xml, line ")
                .hasMessageEndingWith("); save the workbook again from your spreadsheet program");
    }

    @Test
    void undeclaredEntityNamesThePart() {
        Path sheet = write(sample().edit("xl/worksheets/sheet3.xml", xml -> xml.replaceFirst("<v>", "<v>&nbsp;")));
        assertThatThrownBy(() -> read(sheet)).isExactlyInstanceOf(UnsupportedFormatException.class)
                .hasMessageStartingWith("the sheet ROSA is damaged and cannot be read (xl/worksheets/sheet3.xml, line ");
        Path strings = write(sample().edit("xl/sharedStrings.xml", xml -> xml.replace("Stores", "Stores&nbsp;")));
        assertThatThrownBy(() -> read(strings)).isExactlyInstanceOf(UnsupportedFormatException.class)
                .hasMessageStartingWith("the workbook's table of texts is damaged and cannot be read (xl/sharedStrings.xml, line ");
    }

    @Test
    void zipEntriesOutsideTheWorkbookAreIgnoredWithANotice() {
        Path file = write(sample().add("../../evil.txt", "x").add("extra/notes.dat", "not a workbook part"));
        ImportResult r = read(file);
        assertThat(r.surveys()).hasSize(3);
        assertThat(r.sheets()).extracting(SheetSummary::rowsImported).containsExactly(3, 2, 2);
        assertThat(r.problems()).extracting(ImportProblem::severity, ImportProblem::message).containsExactly(
                tuple(Severity.NOTICE, "the file holds 2 entries that are not part of the workbook and were ignored: ../../evil.txt, extra/notes.dat"));
    }

    @Test
    void aListedSheetWithoutItsPartIsAProblemNamingIt() {
        Path noId = write(sample().edit("xl/workbook.xml", xml -> xml.replaceFirst("(<sheet name=\"ROSA\"[^>]*?) r:id=\"[^\"]*\"", "$1")));
        ImportResult r = read(noId);
        assertThat(r.problems()).extracting(ImportProblem::severity, ImportProblem::sheet, ImportProblem::message)
                .containsExactly(tuple(Severity.ERROR, "ROSA", "the sheet ROSA is listed in the workbook but cannot be"
                        + " opened (it has no r:id); its rows were not read"));
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.surveys().get(0).section(RosaChecklist.class)).isEmpty();
        assertThat(r.surveys().get(0).section(Workstation.class)).isPresent();

        Path noPart = write(sample().remove("xl/worksheets/sheet3.xml"));
        assertThat(read(noPart).problems()).extracting(ImportProblem::severity, ImportProblem::sheet, ImportProblem::message)
                .containsExactly(tuple(Severity.ERROR, "ROSA", "the sheet ROSA is listed in the workbook but cannot be"
                        + " opened (its part xl/worksheets/sheet3.xml is missing); its rows were not read"));

        Path employees = write(sample().edit("xl/workbook.xml", xml -> xml.replaceFirst("(<sheet name=\"Employees\"[^>]*?) r:id=\"[^\"]*\"", "$1")));
        assertThatThrownBy(() -> read(employees)).isExactlyInstanceOf(ImportException.class)
                .hasMessage("the sheet Employees is listed in the workbook but cannot be opened (it has no r:id)");
    }

    @Test
    void aStrayCellFarRightAndBelowIsIgnoredWithOneNotice() {
        Path file = write(sample().edit("xl/worksheets/sheet2.xml", xml -> xml.replace("</sheetData>",
                "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"n\"><v>1</v></c></row></sheetData>")));
        ImportResult r = read(file);
        assertThat(r.surveys()).hasSize(3);
        assertThat(r.sheets().get(1)).isEqualTo(new SheetSummary("Workstation", 2, 2, 0));
        assertThat(r.problems()).extracting(ImportProblem::severity, ImportProblem::sheet, ImportProblem::message)
                .containsExactly(tuple(Severity.NOTICE, "Workstation", "1 cell right of the last column with a header (B)"
                        + " was ignored, in XFD1048576"));
    }

    @Test
    void fiveHundredStrayCellsInARowAreOneNotice() {
        StringBuilder stray = new StringBuilder();
        for (int c = 20; c < 520; c++) {
            stray.append("<c r=\"").append(org.apache.poi.ss.util.CellReference.convertNumToColString(c)).append("3\"><v>7</v></c>");
        }
        Path file = write(sample().edit("xl/worksheets/sheet2.xml", xml -> xml.replaceFirst("(<row r=\"3\"[^>]*>.*?)</row>", "$1" + stray + "</row>")));
        ImportResult r = read(file);
        assertThat(r.sheets().get(1)).isEqualTo(new SheetSummary("Workstation", 2, 2, 0));
        assertThat(r.problems()).extracting(ImportProblem::severity, ImportProblem::message)
                .containsExactly(tuple(Severity.NOTICE, "500 cells right of the last column with a header (B) were ignored, in U3:SZ3"));
    }

    @Test
    void strayCellsBeyondTheColumnLimitAreIgnoredToo() {
        Path file = write(sample().edit("xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("</row>",
                "<c r=\"XFD1\" t=\"inlineStr\"><is><t>note</t></is></c></row>")));
        ImportResult r = read(file);
        assertThat(r.surveys()).hasSize(3);
        assertThat(r.problems()).extracting(ImportProblem::severity, ImportProblem::sheet, ImportProblem::message)
                .containsExactly(tuple(Severity.NOTICE, "Employees", "1 cell beyond the first 200 columns (maxColumns) was ignored, in XFD1"));
    }

    @Test
    void missingTableOfTextsIsNamedAsTheCause() {
        Path file = write(sample().remove("xl/sharedStrings.xml"));
        assertThatThrownBy(() -> read(file)).isExactlyInstanceOf(UnsupportedFormatException.class)
                .hasMessage("the workbook's table of texts (xl/sharedStrings.xml) is missing, so the text of the sheet Employees"
                        + " cannot be read; save the workbook again from your spreadsheet program");
    }

    @Test
    void rowsStoredInDescendingOrderAreReadByTheirNumbers() {
        Path file = write(sample().reverseRows("xl/worksheets/sheet1.xml").reverseRows("xl/worksheets/sheet3.xml"));
        ImportResult r = read(file);
        assertThat(r.problems()).isEmpty();
        assertThat(r.surveys()).extracting(s -> s.employee().id()).containsExactly("E1", "E2", "E3");
        assertThat(r.surveys().get(0).employee().origin()).isEqualTo(SourceRow.of("Employees", 2));
        assertThat(r.surveys().get(2).section(RosaChecklist.class).orElseThrow().origin()).isEqualTo(SourceRow.of("ROSA", 3));
        assertThat(r.sheets()).extracting(SheetSummary::rowsRead).containsExactly(3, 2, 2);
    }

    @Test
    void rowsOutOfOrderReportProblemsOnceInRowOrder() {
        Path file = write(ZipParts.of(TestBook.create()
                        .sheet("Employees", row("employee_id", "age"), row("E1", 300), row("E2", 30), row("E1", 31))
                        .write(dir))
                .reverseRows("xl/worksheets/sheet1.xml"));
        ImportResult r = read(file);
        assertThat(r.problems()).extracting(ImportProblem::row, ImportProblem::message).containsExactly(
                tuple(2, "must be between 14 and 100 years (was 300)"),
                tuple(4, "employee_id E1 already appears on row 2; this row is ignored"));
        assertThat(r.surveys()).extracting(s -> s.employee().id()).containsExactly("E2");
    }
}
