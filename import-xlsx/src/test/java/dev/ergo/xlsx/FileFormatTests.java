package dev.ergo.xlsx;

import static dev.ergo.xlsx.Fixtures.employees;
import static dev.ergo.xlsx.Fixtures.read;
import static dev.ergo.xlsx.TestBook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.ergo.model.office.Workstation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFormatTests {
    @TempDir
    Path dir;

    private Path validWorkbook() {
        return TestBook.create()
                .sheet("Employees", employees("E1", "E2"))
                .sheet("Workstation", row("employee_id", "desk_height_cm"), row("E1", 72), row("E2", 74))
                .write(dir);
    }

    @Test
    void legacyXlsIsRefusedWithAHint() throws IOException {
        Path file = dir.resolve("old.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Employees").createRow(0).createCell(0).setCellValue("employee_id");
            wb.write(out);
        }
        assertThatThrownBy(() -> read(file))
                .isExactlyInstanceOf(UnsupportedFormatException.class)
                .hasMessage("the file is an old Excel 97-2003 workbook (.xls); open it in your spreadsheet program and save it as .xlsx");
    }

    @Test
    void passwordProtectedWorkbookIsRefused() throws Exception {
        Path file = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = enc.getDataStream(fs)) {
                wb.createSheet("Employees").createRow(0).createCell(0).setCellValue("employee_id");
                wb.write(os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertThatThrownBy(() -> read(file))
                .isExactlyInstanceOf(EncryptedWorkbookException.class)
                .hasMessage("the workbook is password-protected; remove the password in your spreadsheet program and save it again");
    }

    @Test
    void csvRenamedToXlsxIsRefused() throws IOException {
        Path file = dir.resolve("survey.xlsx");
        Files.writeString(file, "employee_id;name;age\nE1;Zoë Brontë;34\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(file))
                .isExactlyInstanceOf(UnsupportedFormatException.class)
                .hasMessage("the file is text (for example CSV), not an Excel workbook; open it in your spreadsheet program and save it as .xlsx");
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.xlsx"));
        assertThatThrownBy(() -> read(file)).isExactlyInstanceOf(UnsupportedFormatException.class)
                .hasMessage("the file is empty; it is not an Excel workbook");
    }

    @Test
    void binaryNonsenseIsRefused() throws IOException {
        Path file = dir.resolve("image.xlsx");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 1, 2, 3});
        assertThatThrownBy(() -> read(file)).isExactlyInstanceOf(UnsupportedFormatException.class)
                .hasMessage("the file is not an Excel workbook (.xlsx)");
    }

    @Test
    void truncatedWorkbookGivesOneClearSentence() throws IOException {
        byte[] bytes = Files.readAllBytes(validWorkbook());
        for (int keep : new int[] {bytes.length / 3, bytes.length / 2, bytes.length - 30, 40}) {
            Path cut = dir.resolve("cut-" + keep + ".xlsx");
            Files.write(cut, java.util.Arrays.copyOf(bytes, keep));
            assertThatThrownBy(() -> read(cut)).as("kept %d of %d bytes", keep, bytes.length)
                    .isExactlyInstanceOf(UnsupportedFormatException.class)
                    .hasMessage("the file is damaged or incomplete and cannot be read as an .xlsx workbook; save it again from your spreadsheet program");
        }
    }

    @Test
    void corruptSheetDataGivesOneClearSentence() throws IOException {
        byte[] bytes = Files.readAllBytes(validWorkbook());
        byte[] name = "xl/worksheets/sheet2.xml".getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(bytes, name) + name.length + 8;
        for (int i = at; i < at + 24; i++) {
            bytes[i] = (byte) ~bytes[i];
        }
        Path file = dir.resolve("corrupt.xlsx");
        Files.write(file, bytes);
        assertThatThrownBy(() -> read(file)).isExactlyInstanceOf(UnsupportedFormatException.class)
                .hasMessage(ImportRun.DAMAGED);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    @Test
    void zipThatIsNoWorkbookIsRefused() throws IOException {
        Path file = dir.resolve("archive.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> read(file)).isExactlyInstanceOf(UnsupportedFormatException.class)
                .hasMessage("the file is a zip archive but not an Excel workbook (.xlsx)");
    }

    @Test
    void wordDocumentIsRefused() throws IOException {
        Path file = dir.resolve("letter.xlsx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("not a survey");
            doc.write(out);
        }
        assertThatThrownBy(() -> read(file)).isExactlyInstanceOf(UnsupportedFormatException.class)
                .hasMessageStartingWith("the file is another kind of Office document");
    }

    @Test
    void missingFileIsAnImportException() {
        assertThatThrownBy(() -> read(dir.resolve("nowhere.xlsx")))
                .isExactlyInstanceOf(ImportException.class)
                .hasMessage("the file nowhere.xlsx does not exist");
        assertThatThrownBy(() -> read(dir)).isExactlyInstanceOf(ImportException.class).hasMessageContaining("is not a readable file");
    }

    @Test
    void inlineStringsFromStreamingWriterAreRead() throws IOException {
        Path file = dir.resolve("streamed.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var s = wb.createSheet("Employees");
            s.createRow(0).createCell(0).setCellValue("employee_id");
            s.getRow(0).createCell(1).setCellValue("name");
            s.createRow(1).createCell(0).setCellValue("E1");
            s.getRow(1).createCell(1).setCellValue("Ελένη Παπαδοπούλου & <Co>");
            wb.write(out);
        }
        assertThat(new String(entry(file, "xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8)).contains("t=\"inlineStr\"");
        ImportResult r = read(file);
        assertThat(r.problems()).isEmpty();
        assertThat(r.surveys().get(0).employee().name()).isEqualTo("Ελένη Παπαδοπούλου & <Co>");
    }

    @Test
    void rowsAndCellsWithoutReferencesAreCountedByPosition() throws IOException {
        Path source = TestBook.create()
                .sheet("Employees", employees("E1", "E2"))
                .sheet("Workstation", row("employee_id", "desk_height_cm", "seat_height_cm"), row("E1", 72, 45), row("E2", 74, 99))
                .write(dir);
        Path file = dir.resolve("no-refs.xlsx");
        rewrite(source, file, "xl/worksheets/sheet2.xml", xml -> xml.replaceAll(" r=\"[A-Z]*[0-9]+\"", ""));
        assertThat(new String(entry(file, "xl/worksheets/sheet2.xml"), StandardCharsets.UTF_8)).doesNotContain(" r=\"");
        ImportResult r = read(file);
        assertThat(r.problems()).extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column, ImportProblem::cell)
                .containsExactly(tuple("Workstation", 3, "seat_height_cm", "C3"));
        assertThat(r.surveys().get(0).section(Workstation.class).orElseThrow().seatHeightCm()).isEqualTo(45.0);
    }

    @Test
    void cellsWithReferencesMaySkipColumns() throws IOException {
        Path source = TestBook.create()
                .sheet("Employees", employees("E1"))
                .sheet("Workstation", row("employee_id", null, "seat_height_cm"), row("E1", null, 45))
                .write(dir);
        Path file = dir.resolve("mixed-refs.xlsx");
        // the first cell of each row loses its reference; the third keeps "C"
        rewrite(source, file, "xl/worksheets/sheet2.xml", xml -> xml.replaceAll("<c r=\"A([0-9]+)\"", "<c"));
        ImportResult r = read(file);
        assertThat(r.problems()).isEmpty();
        assertThat(r.surveys().get(0).section(Workstation.class).orElseThrow().seatHeightCm()).isEqualTo(45.0);
    }

    static byte[] entry(Path zip, String name) throws IOException {
        try (java.util.zip.ZipFile zf = new java.util.zip.ZipFile(zip.toFile())) {
            ZipEntry e = zf.getEntry(name);
            if (e == null) {
                throw new IOException("no entry " + name);
            }
            try (InputStream in = zf.getInputStream(e)) {
                return in.readAllBytes();
            }
        }
    }

    static void rewrite(Path source, Path target, String name, java.util.function.UnaryOperator<String> change) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(name)) {
                    data = change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
    }

    static byte[] bytes(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
