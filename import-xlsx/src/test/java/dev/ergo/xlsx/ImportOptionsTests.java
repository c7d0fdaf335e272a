package dev.ergo.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ergo.model.validation.SurveyValidator;
import org.junit.jupiter.api.Test;

class ImportOptionsTests {

    @Test
    void defaults() {
        ImportOptions d = ImportOptions.DEFAULT;
        assertThat(d.maxRowsPerSheet()).isEqualTo(1_000_000);
        assertThat(d.maxColumns()).isEqualTo(200);
        assertThat(d.maxCellChars()).isEqualTo(32_767);
        assertThat(d.maxFileBytes()).isEqualTo(200L * 1024 * 1024);
        assertThat(d.validator()).isNull();
        assertThat(SurveyImporter.create().options()).isSameAs(d);
    }

    @Test
    void builderValidatesEagerlyNamingFieldAndValue() {
        assertThatThrownBy(() -> ImportOptions.builder().maxRowsPerSheet(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxRowsPerSheet must be positive but was 0");
        assertThatThrownBy(() -> ImportOptions.builder().maxColumns(-1))
                .hasMessage("maxColumns must be positive but was -1");
        assertThatThrownBy(() -> ImportOptions.builder().maxCellChars(0))
                .hasMessage("maxCellChars must be positive but was 0");
        assertThatThrownBy(() -> ImportOptions.builder().maxFileBytes(0))
                .hasMessage("maxFileBytes must be positive but was 0");
        assertThatThrownBy(() -> ImportOptions.builder().validator(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SurveyImporter.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void toBuilderCopiesAndLeavesTheOriginalUnchanged() {
        var validator = SurveyValidator.libraryValidator();
        ImportOptions o = ImportOptions.DEFAULT.toBuilder().maxRowsPerSheet(5).maxColumns(6).maxCellChars(7).maxFileBytes(8)
                .validator(validator).build();
        ImportOptions copy = o.toBuilder().build();
        assertThat(copy.maxRowsPerSheet()).isEqualTo(5);
        assertThat(copy.maxColumns()).isEqualTo(6);
        assertThat(copy.maxCellChars()).isEqualTo(7);
        assertThat(copy.maxFileBytes()).isEqualTo(8);
        assertThat(copy.validator()).isSameAs(validator);
        assertThat(ImportOptions.DEFAULT.maxRowsPerSheet()).isEqualTo(ImportOptions.DEFAULT_MAX_ROWS_PER_SHEET);
        assertThat(o.toString()).contains("maxRowsPerSheet=5", "validator=host");
    }

    @Test
    void hostValidatorIsUsed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        jakarta.validation.Validator noOp = new NoOpValidator();
        java.nio.file.Path file = TestBook.create().sheet("Employees", TestBook.row("employee_id", "age"), TestBook.row("E1", 300)).write(dir);
        assertThat(SurveyImporter.create().read(file).surveys()).isEmpty();
        assertThat(SurveyImporter.of(ImportOptions.builder().validator(noOp).build()).read(file).surveys()).hasSize(1);
    }

    private static final class NoOpValidator implements jakarta.validation.Validator {
        @Override
        public <T> java.util.Set<jakarta.validation.ConstraintViolation<T>> validate(T object, Class<?>... groups) {
            return java.util.Set.of();
        }

        @Override
        public <T> java.util.Set<jakarta.validation.ConstraintViolation<T>> validateProperty(T object, String p, Class<?>... groups) {
            return java.util.Set.of();
        }

        @Override
        public <T> java.util.Set<jakarta.validation.ConstraintViolation<T>> validateValue(Class<T> t, String p, Object v, Class<?>... groups) {
            return java.util.Set.of();
        }

        @Override
        public jakarta.validation.metadata.BeanDescriptor getConstraintsForClass(Class<?> clazz) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public jakarta.validation.executable.ExecutableValidator forExecutables() {
            throw new UnsupportedOperationException();
        }
    }
}
