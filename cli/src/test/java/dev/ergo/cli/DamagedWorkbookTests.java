package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A damaged workbook gets one sentence on the console: no stack trace, no library log lines. */
class DamagedWorkbookTests {
    @TempDir
    Path dir;

    /** Copies the zip, passing each entry's text through the change for that entry name. */
    private static byte[] rewrite(Path source, String entry, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipFile in = new ZipFile(source.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] data;
                try (var entryIn = in.getInputStream(e)) {
                    data = entryIn.readAllBytes();
                }
                if (e.getName().equals(entry)) {
                    data = change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/styles.xml",
        "xl/_rels/workbook.xml.rels", "_rels/.rels"})
    void brokenXmlPartGivesOneSentence(String part) throws IOException {
        Path good = SurveyBooks.write(dir.resolve("good.xlsx"), "E", 2);
        Path bad = dir.resolve("bad.xlsx");
        Files.write(bad, rewrite(good, part, xml -> xml.substring(0, xml.length() / 2) + "<broken attr=>"));
        for (String command : new String[] {"assess", "validate"}) {
            CliRun r = command.equals("assess") ? CliRun.of("assess", bad.toString(), "--out", dir.resolve("out").toString())
                    : CliRun.of("validate", bad.toString());
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.UNREADABLE);
            assertThat(r.err().lines()).as(r.err()).hasSize(1);
            assertThat(r.err()).startsWith("ergo: ").doesNotContain("\tat ", "Exception", "ERROR", "WARN");
        }
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(ints = {20, 200, 2000})
    void cutOffWorkbookGivesOneSentence(int cut) throws IOException {
        Path good = SurveyBooks.write(dir.resolve("good.xlsx"), "E", 2);
        byte[] bytes = Files.readAllBytes(good);
        Path bad = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length - cut));
        CliRun r = CliRun.of("validate", bad.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(r.err().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).doesNotContain("\tat ", "Exception", "WARN");
    }
}
