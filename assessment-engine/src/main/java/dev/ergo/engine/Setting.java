package dev.ergo.engine;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A typed, named method setting with a default, for conventions a factor lets users choose (the
 * NIOSH load constant, the RULA Table A version, ...). Each factor package declares its own settings as
 * constants; {@link AssessmentOptions.Builder#set(Setting, Object)} changes them.
 *
 * <p>This class is immutable and thread-safe; settings compare by identity.
 *
 * @param <T> the value type
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Setting<T> {
    private final String name;
    private final Class<T> type;
    private final T defaultValue;

    private Setting(String name, Class<T> type, T defaultValue) {
        this.name = Objects.requireNonNull(name, "name must not be null");
        this.type = Objects.requireNonNull(type, "type must not be null");
        this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue must not be null");
    }

    /**
     * Declares a setting.
     *
     * @param name a dotted name such as {@code lifting.loadConstant}, not null
     * @param type the value type, not null
     * @param defaultValue the value used unless changed, not null
     * @param <T> the value type
     * @return the setting, not null
     */
    public static <T> Setting<T> of(String name, Class<T> type, T defaultValue) {
        return new Setting<>(name, type, defaultValue);
    }

    /** @return the name, not null */
    public String name() {
        return name;
    }

    /** @return the value type, not null */
    public Class<T> type() {
        return type;
    }

    /** @return the default value, not null */
    public T defaultValue() {
        return defaultValue;
    }

    @Override
    public String toString() {
        return name;
    }
}
