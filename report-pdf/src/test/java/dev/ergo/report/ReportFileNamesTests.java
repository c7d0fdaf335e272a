package dev.ergo.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link ReportFileNames}: the report file names of {@code ergo assess}. */
class ReportFileNamesTests {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "E-1042|E-1042",
        "E-1_x.y|E-1_x.y",
        "../etc/passwd|_._etc_passwd", // a leading dot, slashes
        "' ../E 1/ł '|_._E_1__", // stripped first; non-ASCII as _
        "Łódź 7|__d__7",
        "''|_",
        "'   '|_",
        ".hidden|_hidden",
        "CON|_CON", // Windows device names, with or without extension, any case
        "con.txt|_con.txt",
        "LPT9|_LPT9",
        "COM10|COM10",
        "CONSOLE|CONSOLE",
    })
    void stems(String id, String stem) {
        assertThat(ReportFileNames.stem(id)).isEqualTo(stem);
    }

    @Test
    void aStemIsAtMostOneHundredCharacters() {
        String hundred = "A".repeat(100);
        assertThat(ReportFileNames.stem(hundred)).isEqualTo(hundred);
        assertThat(ReportFileNames.stem(hundred + "B")).isEqualTo(hundred);
        assertThat(ReportFileNames.stem("x".repeat(300))).hasSize(100);
    }

    @Test
    void aLongDeviceNameStaysWithinOneHundredCharacters() {
        String id = "CON." + "x".repeat(200);
        assertThat(ReportFileNames.stem(id)).hasSize(100).startsWith("_CON.x");
    }

    @Test
    void namesAreUniqueIgnoringCaseInTheOrderAsked() {
        ReportFileNames names = new ReportFileNames();
        assertThat(names.next("E1")).isEqualTo("E1.pdf");
        assertThat(names.next("e1")).isEqualTo("e1-2.pdf");
        assertThat(names.next("E1")).isEqualTo("E1-3.pdf");
        assertThat(names.next("E 1")).isEqualTo("E_1.pdf");
        assertThat(names.next("E_1")).isEqualTo("E_1-2.pdf");
        assertThat(names.next("E1-2")).isEqualTo("E1-2-2.pdf"); // taken by the second E1
    }

    @Test
    void separateInstancesNameSeparateFolders() {
        assertThat(new ReportFileNames().next("E1")).isEqualTo("E1.pdf");
        assertThat(new ReportFileNames().next("E1")).isEqualTo("E1.pdf");
    }
}
