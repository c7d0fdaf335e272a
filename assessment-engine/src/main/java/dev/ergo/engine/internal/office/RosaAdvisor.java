package dev.ergo.engine.internal.office;

import static dev.ergo.engine.internal.office.WorkstationAdvisor.fmt;

import dev.ergo.engine.Recommendation;
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
import java.util.Set;
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

    static Advice advise(RosaChecklist c, @Nullable WorkstationResult w) {
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
                        last ? rescored(now.score(), alone, before, together, i == 0) : ""));
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
            int alone, int together, String rescored) {
        List<String> rule = new ArrayList<>();
        part.findings().forEach(f -> rule.add(f.rule()));
        Recommendation ws = part.workstation();
        Map<String, Double> values = new LinkedHashMap<>();
        String text;
        String code;
        String source;
        if (ws != null) {
            code = ws.code();
            text = ws.text();
            rule.add(ws.rule());
            if (part.findings().isEmpty()) {
                rule.add(code.equals(OfficeAction.SEAT_HEIGHT.code()) ? "done together with the footrest"
                        : "done together with the raised seat");
            }
            values.putAll(ws.values());
            source = part.findings().isEmpty() ? ws.source() : ws.source() + "; ROSA " + sections(part) + "; " + ROSA;
        } else {
            OfficeAction action = part.findings().get(0).action;
            code = action.code();
            text = text(action, part.findings(), w);
            source = "methods-posture-office " + sections(part) + "; " + ROSA;
        }
        values.put(RosaResult.SCORE_NOW, (double) now);
        values.put(RosaResult.SCORE_IF_FIXED, (double) alone);
        values.put(RosaResult.SCORE_WITH_ITEMS_ABOVE, (double) together);
        return new Recommendation(code, priority, text + rescored, values, String.join("; ", rule), source);
    }

    /** The re-scoring sentence: what this fix alone, and with the ROSA items above it, does to the score. */
    static String rescored(int now, int alone, int before, int together, boolean first) {
        String lowered = together < before ? "lowers your ROSA score from " + before + " to " + together + level(before, together) : "";
        if (first) {
            return lowered.isEmpty() ? "" : " This " + lowered + ".";
        }
        if (alone < now && !lowered.isEmpty()) {
            return " Alone, this lowers your ROSA score from " + now + " to " + alone + "; with the ROSA items above"
                    + " it " + lowered + ".";
        }
        if (alone < now) {
            return " Alone, this lowers your ROSA score from " + now + " to " + alone + ".";
        }
        return lowered.isEmpty() ? "" : " With the ROSA items above, this " + lowered + ".";
    }

    private static String level(int before, int after) {
        if (before >= RosaTables.ACTION_LEVEL && after < RosaTables.ACTION_LEVEL) {
            return ", below the action level " + RosaTables.ACTION_LEVEL;
        }
        return before >= RosaTables.MEDIUM_FROM && after < RosaTables.MEDIUM_FROM ? " (green)" : "";
    }

    /** The sections of methods-posture-office (and their references) behind the part's actions. */
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
            case ROSA_SEAT_HEIGHT -> "§3.2 seat pan height 1, §3.9; §5.9 step 1";
            case ROSA_FOOT_SUPPORT -> "§3.9 seat pan height 3; §5.9 step 3; USQ [S20]";
            case ROSA_LEG_SPACE -> "§3.2 seat pan height +1 space under desk, §3.9; §5.9 step 3";
            case ROSA_SEAT_HEIGHT_ADJUSTABLE -> "§3.2 seat pan height +1 non-adjustable; §5.7 Directive 90/270/EEC [S15]";
            case ROSA_SEAT_DEPTH -> "§3.2 seat pan depth 1 [S11], §3.9";
            case ROSA_SEAT_DEPTH_ADJUSTABLE -> "§3.2 seat pan depth +1 non-adjustable; §5.1 HFES 100-2007 [S12]";
            case ROSA_ARMREST_HEIGHT -> "§3.2 armrests 1, §3.9; §5.9 step 8";
            case ROSA_ARMREST_SOFT -> "§3.2 armrests +1 hard or damaged; §5.6 OSHA eTool [S16]";
            case ROSA_ARMREST_WIDTH -> "§3.2 armrests +1 too wide; §5.1 HFES 100-2007 shoulder abduction [S12]";
            case ROSA_ARMREST_ADJUSTABLE -> "§3.2 armrests +1 non-adjustable; §5.7 UK L26 [S15]";
            case ROSA_BACK_SUPPORT -> "§3.2 back support 1, §3.9; §5.9 step 6, Coleman et al. 1998 [S14]";
            case ROSA_WORK_SURFACE_HEIGHT -> "§3.2 back support +1 work surface too high, §3.9; §5.9 steps 2–3";
            case ROSA_BACK_SUPPORT_ADJUSTABLE -> "§3.2 back support +1 non-adjustable; §5.7 Directive 90/270/EEC [S15]";
            case ROSA_MONITOR_HEIGHT -> "§3.2 monitor 1, §3.9; §5.9 step 7, OSHA eTool [S16]";
            case ROSA_MONITOR_DISTANCE -> "§3.2 monitor +1 too far, §3.9; §5.9 step 7";
            case ROSA_MONITOR_IN_FRONT -> "§3.2 monitor +1 neck twist; §5.6 OSHA eTool [S16]";
            case ROSA_MONITOR_GLARE -> "§3.2 monitor +1 glare; §5.6 OSHA eTool [S16]";
            case ROSA_DOCUMENT_HOLDER -> "§3.2 monitor +1 documents without holder";
            case ROSA_PHONE_REACH -> "§3.2 telephone 1; §5.8 phone reach";
            case ROSA_PHONE_HEADSET -> "§3.2 telephone 1 headset; §5.6 OSHA eTool [S16]";
            case ROSA_MOUSE_REACH -> "§3.2 mouse 1";
            case ROSA_MOUSE_SAME_SURFACE -> "§3.2 mouse +2 different surfaces; §5.6 OSHA eTool [S16]";
            case ROSA_MOUSE_FIT -> "§3.2 mouse +1 pinch grip";
            case ROSA_PALM_REST -> "§3.2 mouse +1 hard palm rest";
            case ROSA_KEYBOARD_FLAT -> "§3.2 keyboard 1; §5.8 keyboard wrist extension";
            case ROSA_KEYBOARD_WRISTS -> "§3.2 keyboard +1 deviation; §5.6 OSHA eTool [S16]";
            case ROSA_KEYBOARD_HEIGHT -> "§3.2 keyboard +1 too high, §3.9; §5.9 step 2";
            case ROSA_OVERHEAD_ITEMS -> "§3.2 keyboard +1 overhead items";
            case ROSA_KEYBOARD_PLATFORM -> "§3.2 keyboard +1 non-adjustable platform; §5.1 HFES 100-2007 [S12]";
            default -> throw new IllegalArgumentException("not a ROSA action: " + a);
        };
    }

    /** The employee's words for the fix: the form's score 1 set-up, with the workstation's numbers where known. */
    static String text(OfficeAction a, List<RosaFinding> findings, @Nullable WorkstationResult w) {
        return switch (a) {
            case ROSA_SEAT_HEIGHT -> "Set your seat so that your knees are bent at about 90° with your feet flat on"
                    + " the floor" + (w != null && w.footrestHeightCm() == 0
                            ? " (about " + fmt(w.recommendedSeatHeightCm()) + " cm above the floor)" : "") + ".";
            case ROSA_FOOT_SUPPORT -> "Your feet do not reach the floor: lower the seat until they rest flat, or, if"
                    + " the desk is then too high, use a footrest" + (w != null && w.footrestHeightCm() > 0
                            ? " " + fmt(w.footrestHeightCm()) + " cm high" : "") + ".";
            case ROSA_LEG_SPACE -> "Clear the space under the desk so that your legs fit and you can cross them.";
            case ROSA_SEAT_HEIGHT_ADJUSTABLE -> "Get a chair whose seat height can be adjusted" + (w != null
                    ? " and reaches " + fmt(w.recommendedSeatHeightCm()) + " cm" : "") + ".";
            case ROSA_SEAT_DEPTH -> "Set the seat depth so that 5 to 7.5 cm (two or three fingers) stay between the"
                    + " seat's front edge and the back of your knees" + (w != null && w.maxSeatDepthCm() != null
                            ? " (a seat depth of at most " + fmt(w.maxSeatDepthCm()) + " cm)" : "") + ".";
            case ROSA_SEAT_DEPTH_ADJUSTABLE -> "Get a chair whose seat depth can be adjusted (a fixed seat should be"
                    + " no deeper than " + fmt(WorkstationAdvisor.HFES_FIXED_SEAT_DEPTH_MAX_CM) + " cm).";
            case ROSA_ARMREST_HEIGHT -> "Set the armrests so that your elbows rest on them in line with your"
                    + " shoulders, with your shoulders relaxed" + (w != null
                            ? " (about " + fmt(w.armrestHeightCm()) + " cm above the seat)" : "") + ".";
            case ROSA_ARMREST_SOFT -> "Have the hard or damaged armrests padded or replaced.";
            case ROSA_ARMREST_WIDTH -> "Bring the armrests closer together so that your arms rest close to your body.";
            case ROSA_ARMREST_ADJUSTABLE -> "Get armrests that can be adjusted, or have the armrests removed if they"
                    + " stop you sitting close to the desk.";
            case ROSA_BACK_SUPPORT -> "Make the backrest support the small of your back: a lumbar support about "
                    + fmt(WorkstationAdvisor.LUMBAR_APEX_CM) + " cm above the seat, and the backrest reclined between "
                    + fmt(WorkstationAdvisor.BACKREST_MIN_DEG) + "° and " + fmt(WorkstationAdvisor.BACKREST_MAX_DEG)
                    + "°.";
            case ROSA_WORK_SURFACE_HEIGHT -> "Your work surface is too high: lower the desk or keyboard" + (w != null
                    ? " to about " + fmt(w.idealWorkSurfaceHeightCm()) + " cm" : "")
                    + ", or raise your seat and use a footrest, so that your shoulders can relax.";
            case ROSA_BACK_SUPPORT_ADJUSTABLE -> "Get a chair whose backrest can be adjusted in height and tilt.";
            case ROSA_MONITOR_HEIGHT -> (findings.contains(RosaFinding.MONITOR_TOO_HIGH)
                    ? "Lower your screen so that its top edge is at or just below your eye height and you need not"
                            + " tilt your head back"
                    : "Raise your screen so that its top edge is at about your eye height")
                    + (w != null && w.recommendedMonitorTopHeightCm() != null
                            ? " (" + fmt(w.recommendedMonitorTopHeightCm()) + " cm above the floor)" : "") + ".";
            case ROSA_MONITOR_DISTANCE -> "Bring the screen to about an arm's length away, "
                    + fmt(WorkstationAdvisor.MONITOR_MIN_DISTANCE_CM) + " to "
                    + fmt(WorkstationAdvisor.MONITOR_MAX_DISTANCE_CM) + " cm from your eyes.";
            case ROSA_MONITOR_IN_FRONT -> "Place the screen straight in front of you so that you need not turn your"
                    + " head.";
            case ROSA_MONITOR_GLARE -> "Remove the glare on the screen, for example by placing it at right angles to"
                    + " the windows.";
            case ROSA_DOCUMENT_HOLDER -> "Use a document holder for the papers you work from at the screen.";
            case ROSA_PHONE_REACH -> "Keep the telephone within easy reach, no more than 30 cm away.";
            case ROSA_PHONE_HEADSET -> findings.contains(RosaFinding.PHONE_NECK_SHOULDER_HOLD)
                    ? (findings.contains(RosaFinding.PHONE_NO_HANDS_FREE) ? "Get and use" : "Use")
                            + " a headset or speakerphone instead of holding the phone between your neck and shoulder."
                    : "Get a headset or a speakerphone so that you can phone with your neck straight and your hands"
                            + " free.";
            case ROSA_MOUSE_REACH -> "Bring the mouse close to you, in line with your shoulder, so that you need not"
                    + " reach for it.";
            case ROSA_MOUSE_SAME_SURFACE -> "Put the mouse on the same surface as the keyboard, beside it.";
            case ROSA_MOUSE_FIT -> "Use a mouse that fits your hand, so that you hold it with a relaxed hand instead"
                    + " of pinching it.";
            case ROSA_PALM_REST -> "Remove the hard palm rest in front of the mouse.";
            case ROSA_KEYBOARD_FLAT -> "Lay the keyboard flat (fold its feet in) so that your wrists stay straight,"
                    + " not bent up by more than 15°.";
            case ROSA_KEYBOARD_WRISTS -> "Keep your wrists straight while typing, not bent sideways: put the keyboard"
                    + " straight in front of you.";
            case ROSA_KEYBOARD_HEIGHT -> "Lower the keyboard so that its home row is at about your elbow height"
                    + (w != null ? " (" + fmt(w.recommendedSeatHeightCm() + w.armrestHeightCm())
                            + " cm above the floor)" : "") + " and your shoulders can relax.";
            case ROSA_OVERHEAD_ITEMS -> "Move the things you use often from overhead shelves to within reach on your"
                    + " desk.";
            case ROSA_KEYBOARD_PLATFORM -> "Get an adjustable keyboard platform or desk, so that the keyboard can be"
                    + " set to your elbow height.";
            default -> throw new IllegalArgumentException("not a ROSA action: " + a);
        };
    }
}
