package dev.ergo.engine.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.apiguardian.api.API;

/**
 * The results format version this toolkit writes and the toolkit's own version, read once from
 * {@code dev/ergo/engine/toolkit.properties}, which Maven fills in from the project version.
 *
 * @since 0.2
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class Versions {
    private Versions() {}

    /** The results format version written on every line and in {@code summary.json}. */
    public static final String FORMAT = "1.1";

    /** The toolkit version, for example {@code 0.2.0}. */
    public static final String TOOLKIT = load();

    private static String load() {
        String name = "/dev/ergo/engine/toolkit.properties";
        try (InputStream in = Versions.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the engine jar");
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            if (v.isEmpty() || v.contains("${")) {
                throw new IllegalStateException(name + " was not filled in by the build: version=" + v);
            }
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
