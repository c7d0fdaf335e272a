package dev.ergo.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.model.validation.SurveyValidator;
import jakarta.validation.Validator;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Start-up (issue #13): the validator's metadata is built on one daemon thread per validator, for every sheet's type. */
class ValidatorPreparationTests {

    /** A host validator that counts the types it is asked to prepare, and fails on each. */
    private static Validator failing(AtomicInteger asked) {
        return (Validator) Proxy.newProxyInstance(Validator.class.getClassLoader(), new Class<?>[] {Validator.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConstraintsForClass")) {
                        asked.incrementAndGet();
                        throw new IllegalStateException("broken constraint");
                    }
                    return method.getDeclaringClass() == Object.class ? method.invoke(proxy, args) : null;
                });
    }

    @Test
    void everySheetsRecordTypeIsPrepared() {
        assertThat(ValidatorPreparation.recordTypes()).hasSize(SheetSpecs.ALL.size())
                .contains(dev.ergo.model.Employee.class, dev.ergo.model.lifting.LiftingTask.class)
                .doesNotHaveDuplicates();
    }

    @Test
    void onceForEachValidatorAndAFailureEndsTheThreadQuietly() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        SurveyValidator v = SurveyValidator.of(failing(asked));
        Thread t = ValidatorPreparation.start(v);
        assertThat(t).isNotNull();
        assertThat(t.isDaemon()).isTrue();
        assertThat(ValidatorPreparation.start(v)).isNull();
        t.join(60_000);
        assertThat(t.isAlive()).isFalse();
        assertThat(asked).hasValue(1); // the first type failed: the import's own check reports that
        assertThat(ValidatorPreparation.start(SurveyValidator.of(failing(new AtomicInteger())))).isNotNull();
    }
}
