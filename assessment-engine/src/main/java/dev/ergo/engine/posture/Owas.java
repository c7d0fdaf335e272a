package dev.ergo.engine.posture;

import dev.ergo.engine.internal.posture.PostureTables;
import dev.ergo.model.posture.PostureObservation;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Looks up the OWAS action category of a four-digit posture code (Karhu et al. 1977;
 * docs/methods.md §4.3.3, Table OWAS). Stateless and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class Owas {
    private Owas() {}

    private static final Pattern CODE = Pattern.compile(PostureObservation.OWAS_CODE_PATTERN);

    /**
     * Scores a posture code.
     *
     * @param code four digits: back 1–4, arms 1–3, legs 1–7, load 1–3, for example {@code 2131}; not null
     * @return the result, not null
     * @throws IllegalArgumentException if the code is not such four digits
     */
    public static OwasResult score(String code) {
        Objects.requireNonNull(code, "code must not be null");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("OWAS code " + PostureObservation.OWAS_CODE_MESSAGE + " but was '"
                    + code + "'");
        }
        int back = code.charAt(0) - '0';
        int arms = code.charAt(1) - '0';
        int legs = code.charAt(2) - '0';
        int load = code.charAt(3) - '0';
        return new OwasResult(code, back, arms, legs, load, PostureTables.owas(back, arms, legs, load));
    }
}
