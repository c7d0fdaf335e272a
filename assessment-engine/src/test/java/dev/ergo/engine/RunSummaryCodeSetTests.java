package dev.ergo.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The compact set of recommendation codes the run summary keeps per distinct set. */
class RunSummaryCodeSetTests {

    @Test
    void equalsAnySetOfTheSameCodesBothWays() {
        Set<String> compact = RunSummary.CodeSet.of(List.of("WS_SEAT", "HAV_TOOL", "WS_SEAT", "LIFT_HEIGHT"));
        Set<String> tree = new TreeSet<>(List.of("LIFT_HEIGHT", "HAV_TOOL", "WS_SEAT"));
        assertThat(compact).isEqualTo(tree).hasSize(3).hasSameHashCodeAs(tree);
        assertThat(tree).isEqualTo(compact);
        assertThat(Set.of("WS_SEAT", "HAV_TOOL", "LIFT_HEIGHT")).isEqualTo(compact);
        assertThat(compact).containsExactly("HAV_TOOL", "LIFT_HEIGHT", "WS_SEAT");
    }

    @Test
    void differentCodesAreDifferentKeys() {
        Map<Set<String>, Integer> counts = new HashMap<>();
        counts.merge(RunSummary.CodeSet.of(List.of("A", "B")), 1, Integer::sum);
        counts.merge(RunSummary.CodeSet.of(List.of("B", "A")), 1, Integer::sum);
        counts.merge(RunSummary.CodeSet.of(List.of("A")), 1, Integer::sum);
        counts.merge(RunSummary.CodeSet.of(List.of("A", "C")), 1, Integer::sum);
        assertThat(counts).containsEntry(Set.of("A", "B"), 2).containsEntry(Set.of("A"), 1)
                .containsEntry(Set.of("A", "C"), 1).hasSize(3);
        assertThat(RunSummary.CodeSet.of(List.of("A"))).doesNotContain("B").isNotEqualTo(Set.of("A", "B"));
        assertThat(RunSummary.CodeSet.of(List.of("A")).contains(1)).isFalse();
    }

    @Test
    void isUnmodifiable() {
        Set<String> compact = RunSummary.CodeSet.of(List.of("A", "B"));
        assertThatThrownBy(() -> compact.add("C")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> compact.iterator().remove()).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> compact.remove("A")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(compact).containsExactly("A", "B");
    }
}
