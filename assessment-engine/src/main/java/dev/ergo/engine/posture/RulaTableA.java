package dev.ergo.engine.posture;

import dev.ergo.engine.internal.posture.PostureTables;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The version of RULA Table A (docs/methods.md §4.1.5, §4.1.6, §10 item 1); every RULA result
 * records the version used.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum RulaTableA {
    /** McAtamney &amp; Corlett (1993), docs/methods.md §4.1.5 (Table RULA-A): the default. */
    MCATAMNEY_CORLETT_1993("RULA_A_MC1993", "McAtamney & Corlett (1993)", PostureTables.RULA_A_MC1993),
    /** Cornell/Hedge worksheet variant, docs/methods.md §4.1.6 (Table RULA-A-Cornell): 31 of 144 cells lower. */
    CORNELL("RULA_A_CORNELL", "Cornell/Hedge worksheet", PostureTables.RULA_A_CORNELL);

    private final String id;
    private final String label;
    private final int[][] cells;

    RulaTableA(String id, String label, int[][] cells) {
        this.id = id;
        this.label = label;
        this.cells = cells;
    }

    /** @return the table-version id written into results and reports, for example {@code RULA_A_MC1993}, not null */
    public String id() {
        return id;
    }

    /** @return the source in plain words, not null */
    public String label() {
        return label;
    }

    /**
     * Looks up posture score A.
     *
     * @param upperArm upper-arm score 1–6
     * @param lowerArm lower-arm score 1–3
     * @param wrist wrist score 1–4
     * @param wristTwist wrist-twist score 1–2
     * @return posture score A, 1–9
     * @throws IndexOutOfBoundsException if a score is outside its axis
     */
    int lookup(int upperArm, int lowerArm, int wrist, int wristTwist) {
        return cells[(upperArm - 1) * 3 + (lowerArm - 1)][(wrist - 1) * 2 + (wristTwist - 1)];
    }

    /**
     * Parses an id ({@code RULA_A_MC1993}) or a constant name ({@code cornell}), case-insensitively.
     *
     * @param text the text, not null
     * @return the version, not null
     * @throws IllegalArgumentException if the text names no version
     */
    public static RulaTableA parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (RulaTableA v : values()) {
            if (v.name().equals(t) || v.id.equals(t)) {
                return v;
            }
        }
        throw new IllegalArgumentException("must be RULA_A_MC1993 or RULA_A_CORNELL but was '" + text + "'");
    }
}
