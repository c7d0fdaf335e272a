package dev.ergo.engine;

import static dev.ergo.engine.FollowUpFixtures.BASELINE_DAY;
import static dev.ergo.engine.FollowUpFixtures.FOLLOW_UP_DAY;
import static dev.ergo.engine.FollowUpFixtures.lifting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTests {
    @TempDir
    Path tmp;

    private Path write(String name, List<AssessmentResult> results) throws IOException {
        Path file = tmp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, results.stream().map(r -> ResultJson.line(r, false)).toList(), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsAnOutputFolderOrItsResultsFile() throws IOException {
        Path file = write("out/results.jsonl", List.of(lifting("E1", 80, BASELINE_DAY), lifting("E2", 10,
                BASELINE_DAY.plusDays(1))));
        for (Path p : List.of(file, file.getParent())) {
            Baseline b = Baseline.read(p);
            assertThat(b.lines()).hasSize(2);
            assertThat(b.latestDate()).isEqualTo(BASELINE_DAY.plusDays(1));
            assertThat(b.find("E1")).isPresent();
        }
    }

    @Test
    void readsVersion10LinesWithoutTheNewKeys() throws IOException {
        String line = ResultJson.line(lifting("E1", 80, BASELINE_DAY), false)
                .replaceFirst("\"formatVersion\":\"1.1\",\"toolkitVersion\":\"[^\"]*\",", "")
                .replaceFirst(",\"reviewDue\":\"[0-9-]+\"", "");
        Path file = tmp.resolve("old.jsonl");
        Files.writeString(file, line + "\n\n");
        Baseline b = Baseline.read(file);
        assertThat(b.find("E1").orElseThrow().overallRisk()).isEqualTo(Risk.HIGH);
    }

    @Test
    void idsMatchExactlyAndCaseOrSpaceDifferencesAreNearMisses() {
        Baseline b = Baseline.of(List.of(lifting("E1001", 80, BASELINE_DAY), lifting("E1002", 10, BASELINE_DAY)));
        assertThat(b.find("e1001")).isEmpty();
        assertThat(b.nearMiss("e1001")).contains("E1001");
        assertThat(b.nearMiss(" E 1002 ")).contains("E1002");
        assertThat(b.nearMiss("E1001")).isEmpty();
        assertThat(b.nearMiss("E1003")).isEmpty();
        AssessmentResult now = lifting("e1001", 10, FOLLOW_UP_DAY);
        assertThat(b.followUp(now)).isEmpty();
        assertThat(b.notReassessed(List.of(now))).containsExactly("E1001", "E1002");
        assertThat(b.newEmployees(List.of(now))).containsExactly("e1001");
    }

    @Test
    void anAmbiguousNearMissIsNotReported() {
        Baseline b = Baseline.of(List.of(lifting("ab", 10, BASELINE_DAY), lifting("AB", 10, BASELINE_DAY)));
        assertThat(b.nearMiss("Ab")).isEmpty();
    }

    @Test
    void missingAndNonResultsFilesAreRefusedWithTheirName() throws IOException {
        assertThatThrownBy(() -> Baseline.read(tmp.resolve("nope"))).isInstanceOf(NoSuchFileException.class);
        Files.createDirectories(tmp.resolve("empty-folder"));
        assertThatThrownBy(() -> Baseline.read(tmp.resolve("empty-folder"))).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("results.jsonl");
        Path csv = tmp.resolve("results.csv");
        Files.writeString(csv, "employee_id,assessment_date\nE1,2026-03-10\n");
        assertThatThrownBy(() -> Baseline.read(csv)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("results.csv is not a results file").hasMessageContaining("line 1");
        Path binary = tmp.resolve("book.xlsx");
        Files.write(binary, new byte[] {'P', 'K', 3, 4, (byte) 0xC3, (byte) 0x28, (byte) 0xFF, 0});
        assertThatThrownBy(() -> Baseline.read(binary)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("book.xlsx is not a results file");
        Path empty = tmp.resolve("empty.jsonl");
        Files.writeString(empty, "\n");
        assertThatThrownBy(() -> Baseline.read(empty)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no results lines");
    }

    @Test
    void anIdWithTwoLinesIsRefused() throws IOException {
        Path file = write("dup.jsonl", List.of(lifting("E1", 80, BASELINE_DAY), lifting("E1", 10, BASELINE_DAY)));
        assertThatThrownBy(() -> Baseline.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("E1 has more than one line");
    }
}
