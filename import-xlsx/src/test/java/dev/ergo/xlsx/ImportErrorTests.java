package dev.ergo.xlsx;

import static dev.ergo.xlsx.TestBook.row;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validator;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only a file that cannot be read is "damaged"; a bug while importing is thrown as it is (issue 17). */
class ImportErrorTests {
    @TempDir
    Path dir;

    /** A validator whose every call fails like a bug would. */
    private static Validator broken() {
        return (Validator) Proxy.newProxyInstance(Validator.class.getClassLoader(), new Class<?>[] {Validator.class},
                (proxy, method, args) -> {
                    throw new IllegalStateException("bug in " + method.getName());
                });
    }

    @Test
    void bugWhileImportingRowsIsNotReportedAsADamagedFile() {
        Path file = TestBook.create().sheet("Employees", row("employee_id", "age"), row("E1", 30)).write(dir);
        SurveyImporter importer = SurveyImporter.of(ImportOptions.builder().validator(broken()).build());
        assertThatThrownBy(() -> importer.read(file)).isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("bug in validate");
    }

    @Test
    void bugWhileImportingFromAStreamIsNotReportedAsADamagedFile() throws Exception {
        Path file = TestBook.create().sheet("Employees", row("employee_id"), row("E1")).write(dir);
        SurveyImporter importer = SurveyImporter.of(ImportOptions.builder().validator(broken()).build());
        try (var in = java.nio.file.Files.newInputStream(file)) {
            assertThatThrownBy(() -> importer.read(in)).isExactlyInstanceOf(IllegalStateException.class);
        }
    }
}
