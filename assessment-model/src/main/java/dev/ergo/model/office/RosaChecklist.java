package dev.ergo.model.office;

import dev.ergo.model.InRange;
import dev.ergo.model.SourceRow;
import dev.ergo.model.SurveySection;
import dev.ergo.model.Equipment;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import dev.ergo.model.internal.Required;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The ROSA checklist of one employee: a row of the {@code ROSA} sheet, with base scores and
 * add-on flags exactly as on the ROSA form (Sonne, Villalta &amp; Andrews 2012; docs/methods.md §3.1.2).
 *
 * <p>This class is immutable and thread-safe. Blank cells are {@code null}.
 *
 * @param seatHeight 1 knees at 90°; 2 too low or too high; 3 no foot contact
 * @param seatHeightNoLegSpace insufficient space under the desk (null = no)
 * @param seatHeightNonAdjustable seat height not adjustable (null = no)
 * @param seatDepth 1 about 7.5 cm clearance; 2 too long or too short
 * @param seatDepthNonAdjustable seat depth not adjustable (null = no)
 * @param armrest 1 elbows supported; 2 too high or too low
 * @param armrestHard hard or damaged surface (null = no)
 * @param armrestTooWide too wide (null = no)
 * @param armrestNonAdjustable not adjustable (null = no)
 * @param backSupport 1 adequate lumbar support, 95–110°; 2 otherwise
 * @param backSupportWorkSurfaceTooHigh work surface too high (null = no)
 * @param backSupportNonAdjustable back support not adjustable (null = no)
 * @param chairHoursPerDay hours per day of chair use (0 to 24)
 * @param monitor 1 arm's length at eye level; 2 too low; 3 too high
 * @param monitorTooFar too far (over 75 cm) (null = no)
 * @param monitorNeckTwist neck twist over 30° (null = no)
 * @param monitorGlare glare (null = no)
 * @param monitorNoDocumentHolder documents without holder (null = no)
 * @param monitorHoursPerDay hours per day of monitor use (0 to 24)
 * @param phone 1 headset or one hand, neck neutral; 2 reach beyond 30 cm
 * @param phoneNeckShoulderHold phone held between neck and shoulder (+2) (null = no)
 * @param phoneNoHandsFree no hands-free option (+1) (null = no)
 * @param phoneHoursPerDay hours per day of telephone use (0 to 24)
 * @param mouse 1 in line with the shoulder; 2 reaching
 * @param mouseDifferentSurface mouse and keyboard on different surfaces (+2) (null = no)
 * @param mousePinchGrip pinch grip (+1) (null = no)
 * @param mouseHardPalmRest hard palm rest (+1) (null = no)
 * @param mouseHoursPerDay hours per day of mouse use (0 to 24)
 * @param keyboard 1 wrists straight; 2 wrists extended over 15° or positive tilt
 * @param keyboardDeviation wrist deviation while typing (null = no)
 * @param keyboardTooHigh keyboard too high (null = no)
 * @param keyboardOverheadReach reaching to overhead items (null = no)
 * @param keyboardNonAdjustable keyboard platform not adjustable (null = no)
 * @param keyboardHoursPerDay hours per day of keyboard use (0 to 24)
 * @param origin where the row came from, or null for records built in code
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record RosaChecklist(
        @NotNull @InRange(min = "1", max = "3") Integer seatHeight,
        @Nullable Boolean seatHeightNoLegSpace,
        @Nullable Boolean seatHeightNonAdjustable,
        @NotNull @InRange(min = "1", max = "2") Integer seatDepth,
        @Nullable Boolean seatDepthNonAdjustable,
        @NotNull @InRange(min = "1", max = "2") Integer armrest,
        @Nullable Boolean armrestHard,
        @Nullable Boolean armrestTooWide,
        @Nullable Boolean armrestNonAdjustable,
        @NotNull @InRange(min = "1", max = "2") Integer backSupport,
        @Nullable Boolean backSupportWorkSurfaceTooHigh,
        @Nullable Boolean backSupportNonAdjustable,
        @NotNull @InRange(min = "0", max = "24", unit = "h") Double chairHoursPerDay,
        @NotNull @InRange(min = "1", max = "3") Integer monitor,
        @Nullable Boolean monitorTooFar,
        @Nullable Boolean monitorNeckTwist,
        @Nullable Boolean monitorGlare,
        @Nullable Boolean monitorNoDocumentHolder,
        @NotNull @InRange(min = "0", max = "24", unit = "h") Double monitorHoursPerDay,
        @NotNull @InRange(min = "1", max = "2") Integer phone,
        @Nullable Boolean phoneNeckShoulderHold,
        @Nullable Boolean phoneNoHandsFree,
        @NotNull @InRange(min = "0", max = "24", unit = "h") Double phoneHoursPerDay,
        @NotNull @InRange(min = "1", max = "2") Integer mouse,
        @Nullable Boolean mouseDifferentSurface,
        @Nullable Boolean mousePinchGrip,
        @Nullable Boolean mouseHardPalmRest,
        @NotNull @InRange(min = "0", max = "24", unit = "h") Double mouseHoursPerDay,
        @NotNull @InRange(min = "1", max = "2") Integer keyboard,
        @Nullable Boolean keyboardDeviation,
        @Nullable Boolean keyboardTooHigh,
        @Nullable Boolean keyboardOverheadReach,
        @Nullable Boolean keyboardNonAdjustable,
        @NotNull @InRange(min = "0", max = "24", unit = "h") Double keyboardHoursPerDay,
        @Nullable SourceRow origin) implements SurveySection {

    /**
     * Returns an empty builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RosaChecklist}; not thread-safe. */
    public static final class Builder {
        private @Nullable Integer seatHeight;
        private @Nullable Boolean seatHeightNoLegSpace;
        private @Nullable Boolean seatHeightNonAdjustable;
        private @Nullable Integer seatDepth;
        private @Nullable Boolean seatDepthNonAdjustable;
        private @Nullable Integer armrest;
        private @Nullable Boolean armrestHard;
        private @Nullable Boolean armrestTooWide;
        private @Nullable Boolean armrestNonAdjustable;
        private @Nullable Integer backSupport;
        private @Nullable Boolean backSupportWorkSurfaceTooHigh;
        private @Nullable Boolean backSupportNonAdjustable;
        private @Nullable Double chairHoursPerDay;
        private @Nullable Integer monitor;
        private @Nullable Boolean monitorTooFar;
        private @Nullable Boolean monitorNeckTwist;
        private @Nullable Boolean monitorGlare;
        private @Nullable Boolean monitorNoDocumentHolder;
        private @Nullable Double monitorHoursPerDay;
        private @Nullable Integer phone;
        private @Nullable Boolean phoneNeckShoulderHold;
        private @Nullable Boolean phoneNoHandsFree;
        private @Nullable Double phoneHoursPerDay;
        private @Nullable Integer mouse;
        private @Nullable Boolean mouseDifferentSurface;
        private @Nullable Boolean mousePinchGrip;
        private @Nullable Boolean mouseHardPalmRest;
        private @Nullable Double mouseHoursPerDay;
        private @Nullable Integer keyboard;
        private @Nullable Boolean keyboardDeviation;
        private @Nullable Boolean keyboardTooHigh;
        private @Nullable Boolean keyboardOverheadReach;
        private @Nullable Boolean keyboardNonAdjustable;
        private @Nullable Double keyboardHoursPerDay;
        private @Nullable SourceRow origin;

        private Builder() {}

        /** @param v 1 knees at 90°; 2 too low or too high; 3 no foot contact @return this builder */
        public Builder seatHeight(@Nullable Integer v) { seatHeight = v; return this; }
        /** @param v insufficient space under the desk (null = no) @return this builder */
        public Builder seatHeightNoLegSpace(@Nullable Boolean v) { seatHeightNoLegSpace = v; return this; }
        /** @param v seat height not adjustable (null = no) @return this builder */
        public Builder seatHeightNonAdjustable(@Nullable Boolean v) { seatHeightNonAdjustable = v; return this; }
        /** @param v 1 about 7.5 cm clearance; 2 too long or too short @return this builder */
        public Builder seatDepth(@Nullable Integer v) { seatDepth = v; return this; }
        /** @param v seat depth not adjustable (null = no) @return this builder */
        public Builder seatDepthNonAdjustable(@Nullable Boolean v) { seatDepthNonAdjustable = v; return this; }
        /** @param v 1 elbows supported; 2 too high or too low @return this builder */
        public Builder armrest(@Nullable Integer v) { armrest = v; return this; }
        /** @param v hard or damaged surface (null = no) @return this builder */
        public Builder armrestHard(@Nullable Boolean v) { armrestHard = v; return this; }
        /** @param v too wide (null = no) @return this builder */
        public Builder armrestTooWide(@Nullable Boolean v) { armrestTooWide = v; return this; }
        /** @param v not adjustable (null = no) @return this builder */
        public Builder armrestNonAdjustable(@Nullable Boolean v) { armrestNonAdjustable = v; return this; }
        /** @param v 1 adequate lumbar support, 95–110°; 2 otherwise @return this builder */
        public Builder backSupport(@Nullable Integer v) { backSupport = v; return this; }
        /** @param v work surface too high (null = no) @return this builder */
        public Builder backSupportWorkSurfaceTooHigh(@Nullable Boolean v) { backSupportWorkSurfaceTooHigh = v; return this; }
        /** @param v back support not adjustable (null = no) @return this builder */
        public Builder backSupportNonAdjustable(@Nullable Boolean v) { backSupportNonAdjustable = v; return this; }
        /** @param v hours per day of chair use (0 to 24) @return this builder */
        public Builder chairHoursPerDay(@Nullable Number v) { chairHoursPerDay = v == null ? null : v.doubleValue(); return this; }
        /** @param v 1 arm's length at eye level; 2 too low; 3 too high @return this builder */
        public Builder monitor(@Nullable Integer v) { monitor = v; return this; }
        /** @param v too far (over 75 cm) (null = no) @return this builder */
        public Builder monitorTooFar(@Nullable Boolean v) { monitorTooFar = v; return this; }
        /** @param v neck twist over 30° (null = no) @return this builder */
        public Builder monitorNeckTwist(@Nullable Boolean v) { monitorNeckTwist = v; return this; }
        /** @param v glare (null = no) @return this builder */
        public Builder monitorGlare(@Nullable Boolean v) { monitorGlare = v; return this; }
        /** @param v documents without holder (null = no) @return this builder */
        public Builder monitorNoDocumentHolder(@Nullable Boolean v) { monitorNoDocumentHolder = v; return this; }
        /** @param v hours per day of monitor use (0 to 24) @return this builder */
        public Builder monitorHoursPerDay(@Nullable Number v) { monitorHoursPerDay = v == null ? null : v.doubleValue(); return this; }
        /** @param v 1 headset or one hand, neck neutral; 2 reach beyond 30 cm @return this builder */
        public Builder phone(@Nullable Integer v) { phone = v; return this; }
        /** @param v phone held between neck and shoulder (+2) (null = no) @return this builder */
        public Builder phoneNeckShoulderHold(@Nullable Boolean v) { phoneNeckShoulderHold = v; return this; }
        /** @param v no hands-free option (+1) (null = no) @return this builder */
        public Builder phoneNoHandsFree(@Nullable Boolean v) { phoneNoHandsFree = v; return this; }
        /** @param v hours per day of telephone use (0 to 24) @return this builder */
        public Builder phoneHoursPerDay(@Nullable Number v) { phoneHoursPerDay = v == null ? null : v.doubleValue(); return this; }
        /** @param v 1 in line with the shoulder; 2 reaching @return this builder */
        public Builder mouse(@Nullable Integer v) { mouse = v; return this; }
        /** @param v mouse and keyboard on different surfaces (+2) (null = no) @return this builder */
        public Builder mouseDifferentSurface(@Nullable Boolean v) { mouseDifferentSurface = v; return this; }
        /** @param v pinch grip (+1) (null = no) @return this builder */
        public Builder mousePinchGrip(@Nullable Boolean v) { mousePinchGrip = v; return this; }
        /** @param v hard palm rest (+1) (null = no) @return this builder */
        public Builder mouseHardPalmRest(@Nullable Boolean v) { mouseHardPalmRest = v; return this; }
        /** @param v hours per day of mouse use (0 to 24) @return this builder */
        public Builder mouseHoursPerDay(@Nullable Number v) { mouseHoursPerDay = v == null ? null : v.doubleValue(); return this; }
        /** @param v 1 wrists straight; 2 wrists extended over 15° or positive tilt @return this builder */
        public Builder keyboard(@Nullable Integer v) { keyboard = v; return this; }
        /** @param v wrist deviation while typing (null = no) @return this builder */
        public Builder keyboardDeviation(@Nullable Boolean v) { keyboardDeviation = v; return this; }
        /** @param v keyboard too high (null = no) @return this builder */
        public Builder keyboardTooHigh(@Nullable Boolean v) { keyboardTooHigh = v; return this; }
        /** @param v reaching to overhead items (null = no) @return this builder */
        public Builder keyboardOverheadReach(@Nullable Boolean v) { keyboardOverheadReach = v; return this; }
        /** @param v keyboard platform not adjustable (null = no) @return this builder */
        public Builder keyboardNonAdjustable(@Nullable Boolean v) { keyboardNonAdjustable = v; return this; }
        /** @param v hours per day of keyboard use (0 to 24) @return this builder */
        public Builder keyboardHoursPerDay(@Nullable Number v) { keyboardHoursPerDay = v == null ? null : v.doubleValue(); return this; }
        /** @param v where the row came from @return this builder */
        public Builder origin(@Nullable SourceRow v) { origin = v; return this; }

        /** @return the record, not null; ranges are checked by validation, not here @throws IllegalStateException if a required value is not set */
        public RosaChecklist build() {
            return Required.check(buildIncomplete());
        }

        /**
         * Returns the record even when required values are missing, for checking input such as a form:
         * {@link dev.ergo.model.validation.SurveyValidator} then reports each missing value with its path.
         *
         * @return the record, not null
         * @since 0.2
         */
        public RosaChecklist buildIncomplete() {
            return new RosaChecklist(seatHeight, seatHeightNoLegSpace, seatHeightNonAdjustable, seatDepth, seatDepthNonAdjustable, armrest, armrestHard, armrestTooWide, armrestNonAdjustable, backSupport, backSupportWorkSurfaceTooHigh, backSupportNonAdjustable, chairHoursPerDay, monitor, monitorTooFar, monitorNeckTwist, monitorGlare, monitorNoDocumentHolder, monitorHoursPerDay, phone, phoneNeckShoulderHold, phoneNoHandsFree, phoneHoursPerDay, mouse, mouseDifferentSurface, mousePinchGrip, mouseHardPalmRest, mouseHoursPerDay, keyboard, keyboardDeviation, keyboardTooHigh, keyboardOverheadReach, keyboardNonAdjustable, keyboardHoursPerDay, origin);
        }
    }
}
