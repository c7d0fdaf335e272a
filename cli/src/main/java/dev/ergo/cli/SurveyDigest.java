package dev.ergo.cli;

import dev.ergo.model.EmployeeSurvey;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A SHA-256 of everything an imported survey holds: the employee, every factor row with its values and the
 * rejected rows. Records are taken apart by their components, recursively; each value is written with its
 * type and length, so different surveys cannot run together into the same bytes.
 *
 * <p>Thread-safe.
 */
final class SurveyDigest {
    private SurveyDigest() {}

    /** A value of a type the digest does not know: the survey is not reused. */
    private static final class Unknown extends Exception {
        private static final long serialVersionUID = 1L;

        Unknown(String what) {
            super(what, null, false, false);
        }
    }

    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] m = new Method[components.length];
            for (int i = 0; i < m.length; i++) {
                m[i] = components[i].getAccessor();
            }
            return m;
        }
    };

    /**
     * Returns the survey's digest.
     *
     * @return 64 hex digits, or null when the survey holds a value this digest cannot take apart
     */
    static @Nullable String of(EmployeeSurvey survey) {
        MessageDigest sha = sha256();
        try {
            put(sha, survey);
        } catch (Unknown e) {
            return null; // any doubt: score the employee
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** @return the SHA-256 of the bytes, in 64 hex digits */
    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** @return the SHA-256 of a file's bytes, in 64 hex digits */
    static String sha256Hex(Path file) throws IOException {
        MessageDigest sha = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                sha.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static void put(MessageDigest d, @Nullable Object v) throws Unknown {
        if (v == null) {
            d.update((byte) 'N');
        } else if (v instanceof String s) {
            text(d, 'S', s);
        } else if (v instanceof Double x) {
            d.update((byte) 'D');
            number(d, Double.doubleToLongBits(x));
        } else if (v instanceof Integer n) {
            d.update((byte) 'I');
            number(d, n);
        } else if (v instanceof Long n) {
            d.update((byte) 'J');
            number(d, n);
        } else if (v instanceof Boolean b) {
            d.update((byte) (b ? 'T' : 'F'));
        } else if (v instanceof Enum<?> e) {
            text(d, 'E', e.getDeclaringClass().getName() + '.' + e.name());
        } else if (v instanceof LocalDate date) {
            text(d, 'A', date.toString());
        } else if (v instanceof Locale l) {
            text(d, 'L', l.toLanguageTag());
        } else if (v instanceof Collection<?> c) {
            d.update((byte) '[');
            number(d, c.size());
            for (Object item : c) {
                put(d, item);
            }
        } else if (v instanceof Record r) {
            text(d, 'R', r.getClass().getName());
            for (Method accessor : ACCESSORS.get(r.getClass())) {
                try {
                    put(d, accessor.invoke(r));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new Unknown(accessor.toString());
                }
            }
        } else {
            throw new Unknown(v.getClass().getName());
        }
    }

    private static void text(MessageDigest d, char tag, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        d.update((byte) tag);
        number(d, b.length);
        d.update(b);
    }

    private static void number(MessageDigest d, long n) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            d.update((byte) (n >>> shift));
        }
    }
}
