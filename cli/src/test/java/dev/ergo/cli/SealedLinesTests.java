package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SealedLinesTests {
    private static final List<String> BODY = List.of("ergo-run 1", "run abc", "exit 1", "Ünïcode line");

    @Test
    void aSealedListIsKnownAsSealed() {
        List<String> sealed = SealedLines.seal(BODY);
        assertThat(sealed).startsWith(BODY.toArray(String[]::new)).hasSize(BODY.size() + 1);
        assertThat(sealed.get(BODY.size())).matches("end [0-9a-f]{64}");
        assertThat(SealedLines.sealed(sealed)).isTrue();
    }

    @Test
    void anEditedCutOrUnsealedListIsNot() {
        List<String> edited = new ArrayList<>(SealedLines.seal(BODY));
        edited.set(2, "exit 0");
        List<String> cut = SealedLines.seal(BODY).subList(1, BODY.size() + 1);
        assertThat(SealedLines.sealed(edited)).isFalse();
        assertThat(SealedLines.sealed(cut)).isFalse();
        assertThat(SealedLines.sealed(BODY)).isFalse();
        assertThat(SealedLines.sealed(List.of())).isFalse();
    }

    @Test
    void anEmptyBodyHasTheSealOfNothing() {
        assertThat(SealedLines.seal(List.of()))
                .containsExactly("end e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
