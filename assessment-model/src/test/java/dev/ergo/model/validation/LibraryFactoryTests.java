package dev.ergo.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library's validator factory leaves a host's {@code META-INF/validation.xml} alone. */
class LibraryFactoryTests {
    private static final String BROKEN_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <validation-config xmlns="https://jakarta.ee/xml/ns/validation/configuration"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="https://jakarta.ee/xml/ns/validation/configuration validation-configuration-3.0.xsd"
                    version="3.0">
              <message-interpolator>com.example.host.NoSuchInterpolator</message-interpolator>
            </validation-config>
            """;

    @TempDir
    Path dir;

    /** Runs {@code work} with a context class loader that sees a host's validation.xml naming a missing class. */
    private <T> T withHostValidationXml(Callable<T> work) throws Exception {
        Path xml = dir.resolve("META-INF/validation.xml");
        Files.createDirectories(xml.getParent());
        Files.writeString(xml, BROKEN_XML);
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader host = new URLClassLoader(new URL[] {dir.toUri().toURL()}, before)) {
            thread.setContextClassLoader(host);
            return work.call();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Test
    void theHostFileIsSeenByAPlainConfiguration() {
        // the check below means something only if this file breaks a factory that reads it
        assertThatThrownBy(() -> withHostValidationXml(() -> {
            try (ValidatorFactory f = Validation.byProvider(HibernateValidator.class).configure().buildValidatorFactory()) {
                return f.getValidator();
            }
        })).isInstanceOf(ValidationException.class);
    }

    @Test
    void theLibraryFactoryIgnoresTheHostFile() throws Exception {
        try (ValidatorFactory f = withHostValidationXml(SurveyValidator::libraryFactory)) {
            assertThat(f.getMessageInterpolator().getClass().getSimpleName()).isEqualTo("ParameterMessageInterpolator");
        }
    }
}
