package dev.ergo.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Writes the sample reports of {@link SampleReports} for people to look at, to {@code target/report-samples}
 * or the folder named by the system property {@code ergo.report.samples}, and checks that they open.
 */
class SampleReportsTests {
    static final Path DIR = Path.of(System.getProperty("ergo.report.samples", "target/report-samples"));

    @Test
    void writesSamples() throws IOException {
        List<Path> files = SampleReports.write(DIR);

        assertThat(files).hasSizeGreaterThanOrEqualTo(14);
        for (Path f : files) {
            byte[] pdf = Files.readAllBytes(f);
            assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).as(f.toString()).isEqualTo("%PDF-");
            assertThat(Pdfs.pages(pdf)).as(f.toString()).isPositive();
        }
        assertThat(pages("many.pdf")).isGreaterThan(pages("polish.pdf"));
        assertThat(pages("employee-only.pdf")).isEqualTo(1);
        assertThat(pages("all-factors.pdf")).isGreaterThan(pages("many.pdf"));
    }

    private static int pages(String name) throws IOException {
        return Pdfs.pages(Files.readAllBytes(DIR.resolve(name)));
    }
}
