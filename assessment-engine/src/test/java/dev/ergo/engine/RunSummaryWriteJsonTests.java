package dev.ergo.engine;

import static dev.ergo.engine.FollowUpFixtures.BASELINE_DAY;
import static dev.ergo.engine.FollowUpFixtures.FOLLOW_UP_DAY;
import static dev.ergo.engine.FollowUpFixtures.lifting;
import static dev.ergo.engine.FollowUpFixtures.none;
import static dev.ergo.engine.FollowUpFixtures.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link RunSummary#writeJson} streams exactly {@link RunSummary#toJson()}'s text and reports a failing target. */
class RunSummaryWriteJsonTests {

    /** Enough ids that the text passes the generator's buffer several times, with a baseline. */
    private static RunSummary large() {
        List<AssessmentResult> results = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            String id = "EMPLOYEE-\u0141\u00f3d\u017a-" + i; // non-ASCII, so that characters cross buffer ends
            results.add(i % 11 == 0 ? none(id, FOLLOW_UP_DAY) : lifting(id, 10 + i % 80, FOLLOW_UP_DAY, "Leeds", "Office"));
        }
        Baseline baseline = Baseline.of(List.of(roundTrip(lifting("EMPLOYEE-\u0141\u00f3d\u017a-1", 30, BASELINE_DAY)),
                roundTrip(lifting("GONE", 80, BASELINE_DAY))));
        return RunSummary.of(results, FOLLOW_UP_DAY, baseline);
    }

    @Test
    void writesTheTextOfToJson() throws IOException {
        RunSummary s = large();
        StringWriter out = new StringWriter();
        s.writeJson(out);
        assertThat(out.toString()).isEqualTo(s.toJson()).contains("\"EMPLOYEE-\u0141\u00f3d\u017a-4999\"");
        assertThat(out.toString()).startsWith("{\"formatVersion\"").endsWith("}}");
    }

    @Test
    void anEmptyRunToo() throws IOException {
        RunSummary s = RunSummary.of(List.of(), FOLLOW_UP_DAY);
        StringWriter out = new StringWriter();
        s.writeJson(out);
        assertThat(out.toString()).isEqualTo(s.toJson()).contains("\"prioritised\":[]");
    }

    @Test
    void flushesAndDoesNotClose() throws IOException {
        boolean[] closed = {false};
        StringBuilder seen = new StringBuilder();
        Writer out = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) {
                seen.append(cbuf, off, len);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        RunSummary s = large();
        s.writeJson(out);
        assertThat(seen.toString()).isEqualTo(s.toJson());
        assertThat(closed[0]).isFalse();
    }

    @Test
    void aFailingTargetIsAnIoException() {
        Writer failing = new Writer() {
            private int written;

            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                written += len;
                if (written > 10_000) {
                    throw new IOException("disk full");
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> large().writeJson(failing)).isInstanceOf(IOException.class).hasMessage("disk full");
    }
}
