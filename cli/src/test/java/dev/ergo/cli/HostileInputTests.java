package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged copies of the sample workbook, made by the test, run through the command in a child JVM
 * with the command's own logging configuration (issue #18): standard error carries ergo's sentences
 * only, never a stack trace or a library's log line.
 */
class HostileInputTests {
    private static final Path SAMPLE = Path.of("..", "examples", "sample-survey.xlsx");

    @TempDir
    Path dir;

    /** Exit code, standard output, standard error. */
    private record Run(int code, String out, String err) {}

    private Run ergo(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("the command ends").isTrue();
        return new Run(p.exitValue(), Files.readString(dir.resolve("stdout.txt")), Files.readString(dir.resolve("stderr.txt")));
    }

    /** A copy of the sample with its parts changed. */
    private Path damaged(String name, Consumer<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(SAMPLE))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        Map<String, byte[]> before = new LinkedHashMap<>(parts);
        change.accept(parts);
        assertThat(parts).as("the change changed something").isNotEqualTo(before);
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static void edit(Map<String, byte[]> parts, String name, java.util.function.UnaryOperator<String> change) {
        String before = new String(parts.get(name), StandardCharsets.UTF_8);
        parts.put(name, change.apply(before).getBytes(StandardCharsets.UTF_8));
    }

    /** Standard error holds at most ergo's own sentences: no trace, no logger's line. */
    private static void onlyErgoSentences(String err) {
        assertThat(err).doesNotContain("Exception", "\tat ", "ERROR ", "WARN ", "[Fatal Error]", "org.apache", "SAXParse");
        assertThat(err.lines()).allSatisfy(l -> assertThat(l).startsWith("ergo: "));
    }

    @Test
    void relationshipsThatAreNotXmlGiveOneSentence() throws Exception {
        Path file = damaged("rels.xlsx", parts -> {
            byte[] rels = parts.get("_rels/.rels").clone();
            rels[0] = (byte) ~rels[0];
            rels[1] = (byte) ~rels[1];
            parts.put("_rels/.rels", rels);
        });
        Run r = ergo("assess", file.toString(), "--out", "out");
        assertThat(r.code()).isEqualTo(3);
        onlyErgoSentences(r.err());
        assertThat(r.err()).isEqualTo("ergo: the file is damaged or incomplete and cannot be read as an .xlsx workbook;"
                + " save it again from your spreadsheet program" + System.lineSeparator());
    }

    @Test
    void damagedDocumentPropertiesAreANoticeAndNothingOnStandardError() throws Exception {
        Path file = damaged("core.xlsx", parts -> edit(parts, "docProps/core.xml", xml -> xml.substring(0, xml.length() / 2)));
        Run r = ergo("validate", file.toString(), "--max-problems", "100");
        assertThat(r.code()).isEqualTo(1); // the sample's deliberate mistakes
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("NOTICE  the document properties (docProps/core.xml: author, title, dates) are damaged"
                + " and were ignored; the sheets were read");
    }

    @Test
    void damagedSheetsAndEntriesGiveErgoSentencesOnly() throws Exception {
        Path row = damaged("row.xlsx", parts -> edit(parts, "xl/worksheets/sheet2.xml", xml -> xml.replaceFirst("</row>", "")));
        Run r = ergo("validate", row.toString());
        assertThat(r.code()).isEqualTo(3);
        onlyErgoSentences(r.err());
        assertThat(r.err()).startsWith("ergo: the sheet ").contains(" is damaged and cannot be read (xl/worksheets/sheet2.xml, line ");
        assertThat(r.err().lines()).hasSize(1);

        Path entity = damaged("nbsp.xlsx", parts -> edit(parts, "xl/sharedStrings.xml", xml -> xml.replaceFirst("<t>", "<t>&nbsp;")));
        r = ergo("validate", entity.toString());
        assertThat(r.code()).isEqualTo(3);
        onlyErgoSentences(r.err());
        assertThat(r.err().lines()).hasSize(1);

        Path evil = damaged("evil.xlsx", parts -> parts.put("../../evil.txt", "x".getBytes(StandardCharsets.UTF_8)));
        r = ergo("validate", evil.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("the file holds 1 entry that is not part of the workbook and was ignored: ../../evil.txt");
    }

    @Test
    void verboseTurnsLogLinesOn() throws Exception {
        Run quiet = ergo("validate", SAMPLE.toAbsolutePath().toString());
        assertThat(quiet.err()).isEmpty();
        Run verbose = ergo("validate", "--verbose", SAMPLE.toAbsolutePath().toString());
        assertThat(verbose.code()).isEqualTo(quiet.code());
        assertThat(verbose.err()).contains("DEBUG dev.ergo.xlsx.SurveyImporter - imported ");
    }
}
