package dev.ergo.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.model.lifting.Coupling;
import dev.ergo.model.lifting.LiftingTask;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Start-up (issue #13): metadata built ahead, on any thread, gives the same checks as metadata built on first use. */
class PrepareTests {
    /** Load 300 kg is out of range; so is a negative distance. */
    private static final LiftingTask BAD = LiftingTask.builder().task("boxes").loadKg(300).hOriginCm(-5).vOriginCm(70)
            .vDestinationCm(100).frequencyPerMin(1).durationHours(1).coupling(Coupling.GOOD).build();

    @Test
    void preparedOnOtherThreadsWhileRecordsAreCheckedTheViolationsAreTheSame() throws Exception {
        List<Violation> expected;
        try (ValidatorFactory plain = SurveyValidator.libraryFactory()) {
            expected = SurveyValidator.of(plain.getValidator()).validateRecord(BAD);
        }
        assertThat(expected).extracting(Violation::property).contains("loadKg");
        try (ValidatorFactory fresh = SurveyValidator.libraryFactory()) {
            SurveyValidator v = SurveyValidator.of(fresh.getValidator());
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<List<Violation>>> checks = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    boolean prepare = i % 2 == 0;
                    checks.add(pool.submit(() -> {
                        go.await();
                        if (prepare) {
                            v.prepare(List.of(LiftingTask.class, dev.ergo.model.Employee.class));
                        }
                        return v.validateRecord(BAD);
                    }));
                }
                go.countDown();
                for (Future<List<Violation>> f : checks) {
                    assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void preparingNoTypesDoesNothing() {
        SurveyValidator.create().prepare(List.of());
        assertThat(SurveyValidator.create().validateRecord(BAD)).isNotEmpty();
    }
}
