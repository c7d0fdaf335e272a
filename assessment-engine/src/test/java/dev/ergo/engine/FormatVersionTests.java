package dev.ergo.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Version 1.1 keys on every line, and version 1.0 lines still read. */
class FormatVersionTests {

    @Test
    void toolkitVersionIsTheProjectVersionOfThePom() throws Exception {
        String pom = Files.readString(Path.of("..", "pom.xml"));
        Matcher m = Pattern.compile("<artifactId>ergo-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).isTrue();
        assertThat(ResultJson.toolkitVersion()).isEqualTo(m.group(1));
    }

    @Test
    void everyLineCarriesTheFormatAndToolkitVersions() {
        for (AssessmentResult r : new AssessmentResult[] {ResultFixtures.allFactors(ResultFixtures.ASSESSOR),
            ResultFixtures.nothingAssessed()}) {
            assertThat(r.toJsonLine()).contains("\"formatVersion\":\"1.1\"",
                    "\"toolkitVersion\":\"" + ResultJson.toolkitVersion() + "\"");
        }
        assertThat(ResultJson.FORMAT_VERSION).isEqualTo("1.1");
    }

    @Test
    void aVersion10LineWithoutTheNewKeysIsRead() {
        String line11 = ResultFixtures.allFactors(ResultFixtures.ASSESSOR).toJsonLine();
        String line10 = line11.replaceFirst("\"formatVersion\":\"1.1\",\"toolkitVersion\":\"[^\"]*\",", "")
                .replaceFirst(",\"reviewDue\":\"[0-9-]+\"", "");
        assertThat(line10).doesNotContain("formatVersion", "toolkitVersion", "reviewDue");
        AssessmentResult read = ResultJson.parse(line10);
        assertThat(read.reviewDue()).isNull();
        assertThat(read.overallRisk()).isEqualTo(Risk.HIGH);
        assertThat(read.factors()).hasSize(ResultFixtures.allFactors(ResultFixtures.ASSESSOR).factors().size());
    }

    @Test
    void aLine11KeepsItsReviewDateWhenReadAndWrittenAgain() {
        String line = ResultFixtures.allFactors(ResultFixtures.ASSESSOR).toJsonLine()
                .replaceFirst("\"reviewDue\":\"[0-9-]+\"", "\"reviewDue\":\"2099-01-01\"");
        AssessmentResult read = ResultJson.parse(line);
        assertThat(read.reviewDue()).isEqualTo("2099-01-01");
        assertThat(ResultJson.line(read, false)).isEqualTo(line);
    }

    @Test
    void aLineOfAnotherMajorVersionIsRefused() {
        String line = ResultFixtures.nothingAssessed().toJsonLine().replace("\"formatVersion\":\"1.1\"",
                "\"formatVersion\":\"2.0\"");
        assertThatThrownBy(() -> ResultJson.parse(line)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("formatVersion").hasMessageContaining("version 2.0");
        assertThat(ResultJson.parse(line.replace("\"2.0\"", "\"1.7\"")).employee().id()).isNotBlank();
    }

    @Test
    void aReviewDateOnALineWithoutFactorsIsRefused() {
        String line = ResultFixtures.nothingAssessed().toJsonLine().replace("\"factorsAssessed\":0",
                "\"factorsAssessed\":0,\"reviewDue\":\"2027-01-01\"");
        assertThatThrownBy(() -> ResultJson.parse(line)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reviewDue");
    }
}
