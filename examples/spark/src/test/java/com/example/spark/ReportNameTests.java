package com.example.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Report file names: safe characters, unique ignoring case, at most 100 characters before ".pdf". */
class ReportNameTests {

    @Test
    void unsafeCharactersAndLeadingDotsBecomeUnderscores() {
        Set<String> used = new HashSet<>();
        assertThat(AssessPartition.reportName(" ../E 1/ł ", used)).isEqualTo("___E_1__.pdf");
        assertThat(AssessPartition.reportName("E-1_x.y", used)).isEqualTo("E-1_x.y.pdf");
    }

    @Test
    void anEmptyIdIsAnUnderscore() {
        assertThat(AssessPartition.reportName("  ", new HashSet<>())).isEqualTo("_.pdf");
    }

    @Test
    void repeatsIgnoringCaseAreNumbered() {
        Set<String> used = new HashSet<>();
        assertThat(AssessPartition.reportName("E1", used)).isEqualTo("E1.pdf");
        assertThat(AssessPartition.reportName("e1", used)).isEqualTo("e1-2.pdf");
        assertThat(AssessPartition.reportName("E1", used)).isEqualTo("E1-3.pdf");
    }

    @Test
    void aHundredCharactersAreKept() {
        String hundred = "A".repeat(100);
        assertThat(AssessPartition.reportName(hundred, new HashSet<>())).isEqualTo(hundred + ".pdf");
    }

    @Test
    void theHundredAndFirstCharacterIsCut() {
        assertThat(AssessPartition.reportName("A".repeat(100) + "B", new HashSet<>())).isEqualTo("A".repeat(100) + ".pdf");
    }
}
