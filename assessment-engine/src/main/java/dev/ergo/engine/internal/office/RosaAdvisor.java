package dev.ergo.engine.internal.office;

import static dev.ergo.engine.internal.office.WorkstationAdvisor.cm;

import dev.ergo.engine.Recommendation;
import dev.ergo.engine.internal.EngineTexts;
import dev.ergo.engine.office.OfficeAction;
import dev.ergo.engine.office.Rosa;
import dev.ergo.engine.office.RosaResult;
import dev.ergo.engine.office.RosaTables;
import dev.ergo.engine.office.WorkstationResult;
import dev.ergo.model.office.RosaChecklist;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import dev.ergo.model.text.Message;
import dev.ergo.model.text.Texts;
import org.jspecify.annotations.Nullable;

/**
 * Turns ROSA findings into recommendations (methods-posture-office §3.2, §3.9): each item above its
 * neutral score and each "+" add-on gets the fix that the ROSA form describes for score 1, merged with
 * the workstation advice where both speak about the same thing (the measured numbers win), ordered so
 * that the checklist starts with what lowers the score most, and re-scored with {@link Rosa#score}.
 */
final class RosaAdvisor {
    private RosaAdvisor() {}

    /** The first ROSA recommendation's priority; the workstation's own advice starts at 50. */
    static final int FIRST_PRIORITY = 1;

    /** The ROSA result with its recommendations, and the workstation result without the advice merged into them. */
    record Advice(RosaResult rosa, @Nullable WorkstationResult workstation) {}

    /** One recommendation of a unit: the findings it fixes, and the workstation advice it takes its words from, if any. */
    private record Part(List<RosaFinding> findings, @Nullable Recommendation workstation) {}

    /**
     * One step of the checklist: usually one part; a seat raised for the desk and its footrest are two
     * parts done together (§5.9 step 3: the footrest height assumes the raised seat).
     */
    private record Unit(List<Part> parts) {
        List<RosaFinding> findings() {
            return parts.stream().flatMap(p -> p.findings().stream()).toList();
        }

        int points() {
            return findings().stream().mapToInt(f -> f.points).sum();
        }

        /** Form order of the first finding. */
        int order() {
            return findings().stream().mapToInt(Enum::ordinal).min().orElse(Integer.MAX_VALUE);
        }
    }

    static Advice advise(RosaChecklist c, @Nullable WorkstationResult w, Texts texts) {
        RosaResult now = Rosa.score(c);
        List<RosaFinding> findings = new ArrayList<>();
        for (RosaFinding f : RosaFinding.values()) {
            if (f.in(c)) {
                findings.add(f);
            }
        }
        if (findings.isEmpty()) {
            return new Advice(now, w);
        }
        List<Unit> units = units(findings, w);
        List<Unit> ordered = order(c, units);

        List<Recommendation> recs = new ArrayList<>();
        Set<Recommendation> used = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<RosaFinding> done = EnumSet.noneOf(RosaFinding.class);
        int before = now.score();
        int priority = FIRST_PRIORITY;
        for (int i = 0; i < ordered.size(); i++) {
            Unit u = ordered.get(i);
            done.addAll(u.findings());
            int alone = Rosa.score(RosaFinding.without(c, EnumSet.copyOf(u.findings()))).score();
            int together = Rosa.score(RosaFinding.without(c, done)).score();
            for (int j = 0; j < u.parts().size(); j++) {
                Part part = u.parts().get(j);
                boolean last = j == u.parts().size() - 1;
                recs.add(recommendation(part, w, priority, now.score(), alone, together,
                        last ? rescored(now.score(), alone, before, together, i == 0) : null, texts));
                if (part.workstation() != null) {
                    used.add(part.workstation());
                }
            }
            before = together;
            priority++;
        }
        RosaResult rosa = new RosaResult(now.score(), now.chair(), now.monitorPhone(), now.mouseKeyboard(),
                now.peripherals(), now.seatHeight(), now.seatDepth(), now.armrest(), now.backSupport(),
                now.chairTable(), now.chairDuration(), now.monitor(), now.phone(), now.mouse(), now.keyboard(),
                now.clamped(), recs);
        WorkstationResult rest = w;
        if (w != null && !used.isEmpty()) {
            List<Recommendation> left = w.recommendations().stream().filter(r -> !used.contains(r)).toList();
            rest = new WorkstationResult(w.dimensions(), w.shoeAllowanceCm(), w.keyboardHeightCm(),
                    w.targetSeatHeightCm(), w.seatedElbowHeightCm(), w.idealWorkSurfaceHeightCm(),
                    w.recommendedSeatHeightCm(), w.recommendedDeskHeightCm(), w.footrestHeightCm(),
                    w.lumbarSupportHeightCm(), w.recommendedMonitorTopHeightCm(), w.armrestHeightCm(),
                    w.maxSeatDepthCm(), left, w.input());
        }
        return new Advice(rosa, rest);
    }

    /**
     * Groups the findings by action, and actions whose workstation advice is the same into one part; a
     * raised seat and its footrest become one unit when either answers a ROSA finding.
     */
    private static List<Unit> units(List<RosaFinding> findings, @Nullable WorkstationResult w) {
        Map<Object, List<RosaFinding>> groups = new LinkedHashMap<>(); // keyed by workstation advice or action
        for (RosaFinding f : findings) {
            Recommendation ws = covering(f.action, w);
            groups.computeIfAbsent(ws != null ? new Identity(ws) : f.action, k -> new ArrayList<>()).add(f);
        }
        List<Part> parts = new ArrayList<>();
        groups.forEach((key, fs) -> parts.add(new Part(fs, key instanceof Identity i ? i.r() : null)));
        List<Unit> out = new ArrayList<>();
        Recommendation seat = raised(w, OfficeAction.SEAT_HEIGHT);
        Recommendation footrest = raised(w, OfficeAction.FOOTREST);
        Part seatPart = part(parts, seat);
        Part footrestPart = part(parts, footrest);
        for (Part p : parts) {
            if (seat != null && footrest != null && (p == seatPart || p == footrestPart)) {
                if (p == (seatPart != null ? seatPart : footrestPart)) { // the pair, where its first part stood
                    out.add(new Unit(List.of(seatPart != null ? seatPart : new Part(List.of(), seat),
                            footrestPart != null ? footrestPart : new Part(List.of(), footrest))));
                }
            } else {
                out.add(new Unit(List.of(p)));
            }
        }
        return out;
    }

    /** The workstation's seat or footrest advice when the seat is raised for the desk (footrest above 0). */
    private static @Nullable Recommendation raised(@Nullable WorkstationResult w, OfficeAction a) {
        if (w == null || w.footrestHeightCm() <= 0) {
            return null;
        }
        for (Recommendation r : w.recommendations()) {
            if (r.code().equals(a.code()) || a == OfficeAction.FOOTREST
                    && r.code().equals(OfficeAction.FOOTREST_ADJUST.code())) {
                return r;
            }
        }
        return null;
    }

    private static @Nullable Part part(List<Part> parts, @Nullable Recommendation ws) {
        for (Part p : parts) {
            if (ws != null && p.workstation() == ws) {
                return p;
            }
        }
        return null;
    }

    /** A recommendation compared by identity: two equal texts from different rules stay apart. */
    private record Identity(Recommendation r) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && i.r == r;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(r);
        }
    }

    /** The workstation advice that speaks about the same thing as a ROSA action, if the workstation gave one. */
    private static @Nullable Recommendation covering(OfficeAction a, @Nullable WorkstationResult w) {
        if (w == null) {
            return null;
        }
        for (OfficeAction code : sameThing(a, w)) {
            for (Recommendation r : w.recommendations()) {
                if (r.code().equals(code.code())) {
                    return r;
                }
            }
        }
        return null;
    }

    /** §3.9: the workstation advice for the same item, best match first. */
    static List<OfficeAction> sameThing(OfficeAction a, WorkstationResult w) {
        boolean raised = w.footrestHeightCm() > 0;
        return switch (a) {
            case ROSA_SEAT_HEIGHT -> List.of(OfficeAction.SEAT_HEIGHT, OfficeAction.SEAT_TOO_HIGH,
                    OfficeAction.CHAIR_RANGE);
            case ROSA_FOOT_SUPPORT -> List.of(OfficeAction.FOOTREST, OfficeAction.FOOTREST_ADJUST,
                    OfficeAction.SEAT_TOO_HIGH, OfficeAction.SEAT_HEIGHT, OfficeAction.CHAIR_RANGE);
            case ROSA_SEAT_HEIGHT_ADJUSTABLE -> List.of(OfficeAction.CHAIR_RANGE);
            case ROSA_SEAT_DEPTH, ROSA_SEAT_DEPTH_ADJUSTABLE -> List.of(OfficeAction.SEAT_DEPTH);
            case ROSA_ARMREST_HEIGHT -> List.of(OfficeAction.ARMRESTS, OfficeAction.ARMRESTS_FIXED);
            case ROSA_ARMREST_ADJUSTABLE -> List.of(OfficeAction.ARMRESTS_FIXED);
            case ROSA_BACK_SUPPORT -> List.of(OfficeAction.LUMBAR_CUSHION, OfficeAction.LUMBAR_CHECK,
                    OfficeAction.BACKREST_ANGLE, OfficeAction.LUMBAR_SUPPORT);
            case ROSA_WORK_SURFACE_HEIGHT, ROSA_KEYBOARD_HEIGHT -> raised
                    ? List.of(OfficeAction.DESK_HEIGHT, OfficeAction.SEAT_HEIGHT, OfficeAction.FOOTREST,
                            OfficeAction.FOOTREST_ADJUST)
                    : List.of(OfficeAction.DESK_HEIGHT);
            case ROSA_MONITOR_HEIGHT -> List.of(OfficeAction.MONITOR_HEIGHT);
            case ROSA_MONITOR_DISTANCE -> List.of(OfficeAction.MONITOR_DISTANCE);
            default -> List.of();
        };
    }

    /**
     * Checklist order, greedy: at each step the unit whose fix leaves the lowest final score, then the
     * lowest final score reachable with one more fix (the Chair table often needs two items at once), then
     * the lowest part scores (chair, monitor and telephone, mouse and keyboard, highest first), now and one
     * fix ahead; then the unit that removes more points from the parts at the top score, then more
     * points, then form order.
     */
    private static List<Unit> order(RosaChecklist c, List<Unit> units) {
        List<Unit> left = new ArrayList<>(units);
        List<Unit> out = new ArrayList<>();
        Set<RosaFinding> done = EnumSet.noneOf(RosaFinding.class);
        while (!left.isEmpty()) {
            RosaResult current = Rosa.score(RosaFinding.without(c, done));
            int top = Math.max(current.chair(), Math.max(current.monitorPhone(), current.mouseKeyboard()));
            Unit best = null;
            int[] bestKey = null;
            for (Unit u : left) {
                Set<RosaFinding> with = EnumSet.copyOf(done);
                with.addAll(u.findings());
                int[] next = parts(Rosa.score(RosaFinding.without(c, with)));
                int[] ahead = next;
                for (Unit v : left) {
                    if (v != u) {
                        Set<RosaFinding> two = EnumSet.copyOf(with);
                        two.addAll(v.findings());
                        int[] p = parts(Rosa.score(RosaFinding.without(c, two)));
                        if (compare(p, ahead) < 0) {
                            ahead = p;
                        }
                    }
                }
                int atTop = 0;
                for (RosaFinding f : u.findings()) {
                    if (partScore(current, f.part) == top) {
                        atTop += f.points;
                    }
                }
                int[] key = concat(new int[] {next[0], ahead[0]}, next, ahead,
                        new int[] {-atTop, -u.points(), u.order()});
                if (bestKey == null || compare(key, bestKey) < 0) {
                    best = u;
                    bestKey = key;
                }
            }
            left.remove(best);
            out.add(best);
            done.addAll(best.findings());
        }
        return out;
    }

    /** The final score, then the three part scores from highest to lowest. */
    private static int[] parts(RosaResult r) {
        int[] p = {r.chair(), r.monitorPhone(), r.mouseKeyboard()};
        java.util.Arrays.sort(p);
        return new int[] {r.score(), p[2], p[1], p[0]};
    }

    private static int partScore(RosaResult r, RosaFinding.Part part) {
        return switch (part) {
            case CHAIR -> r.chair();
            case MONITOR_PHONE -> r.monitorPhone();
            case MOUSE_KEYBOARD -> r.mouseKeyboard();
        };
    }

    private static int[] concat(int[]... parts) {
        int n = 0;
        for (int[] p : parts) {
            n += p.length;
        }
        int[] out = new int[n];
        int i = 0;
        for (int[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }

    private static int compare(int[] a, int[] b) {
        return java.util.Arrays.compare(a, b);
    }

    private static Recommendation recommendation(Part part, @Nullable WorkstationResult w, int priority, int now,
            int alone, int together, @Nullable Message rescored, Texts texts) {
        List<Message> rule = new ArrayList<>();
        part.findings().forEach(f -> rule.add(f.rule()));
        Recommendation ws = part.workstation();
        Map<String, Double> values = new LinkedHashMap<>();
        Message text;
        String code;
        String source;
        if (ws != null) {
            code = ws.code();
            text = Objects.requireNonNull(ws.message(), "workstation advice has a message");
            rule.addAll(ws.ruleMessages().isEmpty() ? List.of(EngineTexts.plain(ws.rule())) : ws.ruleMessages());
            if (part.findings().isEmpty()) {
                rule.add(Message.of(code.equals(OfficeAction.SEAT_HEIGHT.code()) ? "rosa.rule.withFootrest"
                        : "rosa.rule.withRaisedSeat"));
            }
            values.putAll(ws.values());
            source = part.findings().isEmpty() ? ws.source() : ws.source() + "; ROSA " + sections(part) + "; " + ROSA;
        } else {
            OfficeAction action = part.findings().get(0).action;
            code = action.code();
            text = text(action, part.findings(), w);
            source = "docs/methods.md " + sections(part) + "; " + ROSA;
        }
        values.put(RosaResult.SCORE_NOW, (double) now);
        values.put(RosaResult.SCORE_IF_FIXED, (double) alone);
        values.put(RosaResult.SCORE_WITH_ITEMS_ABOVE, (double) together);
        Message full = rescored == null ? text : Message.of("rosa.rescored", "advice", text, "rescore", rescored);
        return EngineTexts.recommendation(code, priority, texts, full, values, rule, source);
    }

    /**
     * The re-scoring sentence: what this fix alone, and with the ROSA items above it, does to the score;
     * null when it changes nothing.
     */
    static @Nullable Message rescored(int now, int alone, int before, int together, boolean first) {
        boolean lowered = together < before;
        Object[] args = {"now", now, "alone", alone, "before", before, "together", together, "level",
                level(before, together), "actionLevel", RosaTables.ACTION_LEVEL};
        if (first) {
            return lowered ? Message.of("rosa.rescore.first", args) : null;
        }
        if (alone < now && lowered) {
            return Message.of("rosa.rescore.aloneAndTogether", args);
        }
        if (alone < now) {
            return Message.of("rosa.rescore.alone", args);
        }
        return lowered ? Message.of("rosa.rescore.together", args) : null;
    }

    /** A {@code select} argument: {@code action} when the fix goes below the action level, {@code green}, or {@code none}. */
    private static String level(int before, int after) {
        if (before >= RosaTables.ACTION_LEVEL && after < RosaTables.ACTION_LEVEL) {
            return "action";
        }
        return before >= RosaTables.MEDIUM_FROM && after < RosaTables.MEDIUM_FROM ? "green" : "none";
    }

    /** The sections of docs/methods.md (and their references) behind the part's actions. */
    private static String sections(Part part) {
        Set<OfficeAction> actions = EnumSet.noneOf(OfficeAction.class);
        part.findings().forEach(f -> actions.add(f.action));
        List<String> out = new ArrayList<>();
        for (OfficeAction a : actions) {
            out.add(source(a));
        }
        return String.join("; ", out);
    }

    /** Where every ROSA fix comes from: the form's description of the item's neutral score. */
    static final String ROSA = "ROSA form, score 1 of the item (Sonne, Villalta & Andrews 2012 [S7]; form wording [S10])";

    static String source(OfficeAction a) {
        return switch (a) {
            case ROSA_SEAT_HEIGHT -> "§3.1.2 seat pan height 1, §3.1.9; §3.2.2 step 1";
            case ROSA_FOOT_SUPPORT -> "§3.1.9 seat pan height 3; §3.2.2 step 3; USQ [S20]";
            case ROSA_LEG_SPACE -> "§3.1.2 seat pan height +1 space under desk, §3.1.9; §3.2.2 step 3";
            case ROSA_SEAT_HEIGHT_ADJUSTABLE -> "§3.1.2 seat pan height +1 non-adjustable; Directive 90/270/EEC [S15]";
            case ROSA_SEAT_DEPTH -> "§3.1.2 seat pan depth 1 [S11], §3.1.9";
            case ROSA_SEAT_DEPTH_ADJUSTABLE -> "§3.1.2 seat pan depth +1 non-adjustable; §3.2.3 HFES 100-2007 [S12]";
            case ROSA_ARMREST_HEIGHT -> "§3.1.2 armrests 1, §3.1.9; §3.2.2 step 8";
            case ROSA_ARMREST_SOFT -> "§3.1.2 armrests +1 hard or damaged; OSHA eTool [S16]";
            case ROSA_ARMREST_WIDTH -> "§3.1.2 armrests +1 too wide; HFES 100-2007 shoulder abduction [S12]";
            case ROSA_ARMREST_ADJUSTABLE -> "§3.1.2 armrests +1 non-adjustable; UK L26 [S15]";
            case ROSA_BACK_SUPPORT -> "§3.1.2 back support 1, §3.1.9; §3.2.2 step 6, Coleman et al. 1998 [S14]";
            case ROSA_WORK_SURFACE_HEIGHT -> "§3.1.2 back support +1 work surface too high, §3.1.9; §3.2.2 steps 2–3";
            case ROSA_BACK_SUPPORT_ADJUSTABLE -> "§3.1.2 back support +1 non-adjustable; Directive 90/270/EEC [S15]";
            case ROSA_MONITOR_HEIGHT -> "§3.1.2 monitor 1, §3.1.9; §3.2.2 step 7, OSHA eTool [S16]";
            case ROSA_MONITOR_DISTANCE -> "§3.1.2 monitor +1 too far, §3.1.9; §3.2.2 step 7";
            case ROSA_MONITOR_IN_FRONT -> "§3.1.2 monitor +1 neck twist; OSHA eTool [S16]";
            case ROSA_MONITOR_GLARE -> "§3.1.2 monitor +1 glare; OSHA eTool [S16]";
            case ROSA_DOCUMENT_HOLDER -> "§3.1.2 monitor +1 documents without holder";
            case ROSA_PHONE_REACH -> "§3.1.2 telephone 1; §3.2.3 phone reach";
            case ROSA_PHONE_HEADSET -> "§3.1.2 telephone 1 headset; OSHA eTool [S16]";
            case ROSA_MOUSE_REACH -> "§3.1.2 mouse 1";
            case ROSA_MOUSE_SAME_SURFACE -> "§3.1.2 mouse +2 different surfaces; OSHA eTool [S16]";
            case ROSA_MOUSE_FIT -> "§3.1.2 mouse +1 pinch grip";
            case ROSA_PALM_REST -> "§3.1.2 mouse +1 hard palm rest";
            case ROSA_KEYBOARD_FLAT -> "§3.1.2 keyboard 1, keyboard 2 wrists extended > 15°";
            case ROSA_KEYBOARD_WRISTS -> "§3.1.2 keyboard +1 deviation; OSHA eTool [S16]";
            case ROSA_KEYBOARD_HEIGHT -> "§3.1.2 keyboard +1 too high, §3.1.9; §3.2.2 step 2";
            case ROSA_OVERHEAD_ITEMS -> "§3.1.2 keyboard +1 overhead items";
            case ROSA_KEYBOARD_PLATFORM -> "§3.1.2 keyboard +1 non-adjustable platform; §3.2.3 HFES 100-2007 [S12]";
            default -> throw new IllegalArgumentException("not a ROSA action: " + a);
        };
    }

    /**
     * The employee's words for the fix: the form's score 1 set-up ({@code rosa.<ACTION>}), with the
     * workstation's numbers where known ({@code known} is {@code yes} and {@code cm} the number).
     */
    static Message text(OfficeAction a, List<RosaFinding> findings, @Nullable WorkstationResult w) {
        String key = "rosa." + a.name();
        return switch (a) {
            case ROSA_SEAT_HEIGHT -> known(key, w != null && w.footrestHeightCm() == 0,
                    w == null ? 0 : w.recommendedSeatHeightCm());
            case ROSA_FOOT_SUPPORT -> known(key, w != null && w.footrestHeightCm() > 0,
                    w == null ? 0 : w.footrestHeightCm());
            case ROSA_SEAT_HEIGHT_ADJUSTABLE -> known(key, w != null, w == null ? 0 : w.recommendedSeatHeightCm());
            case ROSA_SEAT_DEPTH -> known(key, w != null && w.maxSeatDepthCm() != null,
                    w == null || w.maxSeatDepthCm() == null ? 0 : w.maxSeatDepthCm())
                    .with("minCm", cm(WorkstationAdvisor.SEAT_DEPTH_CLEARANCE_CM)).with("maxCm", cm(ROSA_SEAT_CLEARANCE_MAX_CM));
            case ROSA_SEAT_DEPTH_ADJUSTABLE -> Message.of(key, "maxCm", cm(WorkstationAdvisor.HFES_FIXED_SEAT_DEPTH_MAX_CM));
            case ROSA_ARMREST_HEIGHT -> known(key, w != null, w == null ? 0 : w.armrestHeightCm());
            case ROSA_BACK_SUPPORT -> Message.of(key, "apexCm", cm(WorkstationAdvisor.LUMBAR_APEX_CM), "minDeg",
                    cm(WorkstationAdvisor.BACKREST_MIN_DEG), "maxDeg", cm(WorkstationAdvisor.BACKREST_MAX_DEG));
            case ROSA_WORK_SURFACE_HEIGHT -> known(key, w != null, w == null ? 0 : w.idealWorkSurfaceHeightCm());
            case ROSA_MONITOR_HEIGHT -> known(key + (findings.contains(RosaFinding.MONITOR_TOO_HIGH) ? ".lower" : ".raise"),
                    w != null && w.recommendedMonitorTopHeightCm() != null,
                    w == null || w.recommendedMonitorTopHeightCm() == null ? 0 : w.recommendedMonitorTopHeightCm());
            case ROSA_MONITOR_DISTANCE -> Message.of(key, "minCm", cm(WorkstationAdvisor.MONITOR_MIN_DISTANCE_CM),
                    "maxCm", cm(WorkstationAdvisor.MONITOR_MAX_DISTANCE_CM));
            case ROSA_PHONE_HEADSET -> Message.of(key + (!findings.contains(RosaFinding.PHONE_NECK_SHOULDER_HOLD) ? ".get"
                    : findings.contains(RosaFinding.PHONE_NO_HANDS_FREE) ? ".getAndUse" : ".use"));
            case ROSA_KEYBOARD_HEIGHT -> known(key, w != null,
                    w == null ? 0 : w.recommendedSeatHeightCm() + w.armrestHeightCm());
            case ROSA_LEG_SPACE, ROSA_ARMREST_SOFT, ROSA_ARMREST_WIDTH, ROSA_ARMREST_ADJUSTABLE,
                    ROSA_BACK_SUPPORT_ADJUSTABLE, ROSA_MONITOR_IN_FRONT, ROSA_MONITOR_GLARE, ROSA_DOCUMENT_HOLDER,
                    ROSA_PHONE_REACH, ROSA_MOUSE_REACH, ROSA_MOUSE_SAME_SURFACE, ROSA_MOUSE_FIT, ROSA_PALM_REST,
                    ROSA_KEYBOARD_FLAT, ROSA_KEYBOARD_WRISTS, ROSA_OVERHEAD_ITEMS, ROSA_KEYBOARD_PLATFORM -> Message.of(key);
            default -> throw new IllegalArgumentException("not a ROSA action: " + a);
        };
    }

    /** The upper end of the knee clearance the ROSA form describes ("about 3 inches"), cm (§3.2 [S11]). */
    static final double ROSA_SEAT_CLEARANCE_MAX_CM = 7.5;

    /** A message with an optional workstation number: {@code known} {@code yes} or {@code no}, {@code cm}. */
    private static Message known(String key, boolean known, double cm) {
        return Message.of(key, "known", WorkstationAdvisor.yesNo(known), "cm", cm(cm));
    }
}
