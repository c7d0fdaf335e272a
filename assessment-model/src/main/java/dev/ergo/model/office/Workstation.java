package dev.ergo.model.office;

import dev.ergo.model.InRange;
import dev.ergo.model.SourceRow;
import dev.ergo.model.SurveySection;
import dev.ergo.model.Equipment;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The office set-up of one employee: a row of the {@code Workstation} sheet (body dimensions,
 * desk, chair and monitor).
 *
 * <p>This class is immutable and thread-safe. Blank cells are {@code null}.
 *
 * @param poplitealHeightCm popliteal height, barefoot, seated, cm (30 to 60)
 * @param elbowRestHeightCm seat surface to underside of the elbow, cm (10 to 40)
 * @param eyeHeightSittingCm seat surface to eye, cm (55 to 100)
 * @param buttockPoplitealLengthCm buttock to back of the knee, cm (35 to 65)
 * @param shoeAllowanceCm shoe allowance, cm (0 to 8; the engine defaults to 2.5)
 * @param deskHeightCm floor to top of the work surface, cm (50 to 130)
 * @param deskAdjustable whether the desk height can be adjusted
 * @param deskHeightMinCm lowest desk setting, cm
 * @param deskHeightMaxCm highest desk setting, cm
 * @param keyboardHeightAboveDeskCm home row above the desk top, cm (0 to 10; default 3.0)
 * @param seatHeightCm current compressed seat height, cm (30 to 80)
 * @param seatAdjustable whether the seat height can be adjusted
 * @param seatHeightMinCm lowest seat setting, cm
 * @param seatHeightMaxCm highest seat setting, cm
 * @param seatDepthCm seat depth, backrest to front edge, cm (30 to 60)
 * @param seatDepthAdjustable whether the seat depth can be adjusted
 * @param lumbarSupport the chair's lumbar support
 * @param backrestAngleDeg backrest angle, degrees (80 to 135)
 * @param armrests the chair's armrests
 * @param footrest whether a footrest is present now
 * @param feetFlatOnFloor whether the feet were flat on the floor at the current seat height
 * @param monitorTopHeightCm floor to top of the viewing area, cm (60 to 200)
 * @param monitorDistanceCm eye to screen, cm (20 to 150)
 * @param origin where the row came from, or null for records built in code
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Workstation(
        @InRange(min = "30", max = "60", unit = "cm") @Nullable Double poplitealHeightCm,
        @InRange(min = "10", max = "40", unit = "cm") @Nullable Double elbowRestHeightCm,
        @InRange(min = "55", max = "100", unit = "cm") @Nullable Double eyeHeightSittingCm,
        @InRange(min = "35", max = "65", unit = "cm") @Nullable Double buttockPoplitealLengthCm,
        @InRange(min = "0", max = "8", unit = "cm") @Nullable Double shoeAllowanceCm,
        @InRange(min = "50", max = "130", unit = "cm") @Nullable Double deskHeightCm,
        @Nullable Boolean deskAdjustable,
        @InRange(min = "50", max = "130", unit = "cm") @Nullable Double deskHeightMinCm,
        @InRange(min = "50", max = "130", unit = "cm") @Nullable Double deskHeightMaxCm,
        @InRange(min = "0", max = "10", unit = "cm") @Nullable Double keyboardHeightAboveDeskCm,
        @InRange(min = "30", max = "80", unit = "cm") @Nullable Double seatHeightCm,
        @Nullable Boolean seatAdjustable,
        @InRange(min = "30", max = "80", unit = "cm") @Nullable Double seatHeightMinCm,
        @InRange(min = "30", max = "80", unit = "cm") @Nullable Double seatHeightMaxCm,
        @InRange(min = "30", max = "60", unit = "cm") @Nullable Double seatDepthCm,
        @Nullable Boolean seatDepthAdjustable,
        @Nullable Equipment lumbarSupport,
        @InRange(min = "80", max = "135", unit = "°") @Nullable Double backrestAngleDeg,
        @Nullable Equipment armrests,
        @Nullable Boolean footrest,
        @Nullable Boolean feetFlatOnFloor,
        @InRange(min = "60", max = "200", unit = "cm") @Nullable Double monitorTopHeightCm,
        @InRange(min = "20", max = "150", unit = "cm") @Nullable Double monitorDistanceCm,
        @Nullable SourceRow origin) implements SurveySection {

    /**
     * Checks that the desk range is ordered.
     *
     * @return true unless both ends are given and min exceeds max
     */
    @AssertTrue(message = "{dev.ergo.model.office.Workstation.deskRangeOrdered}")
    public boolean isDeskRangeOrdered() {
        return deskHeightMinCm == null || deskHeightMaxCm == null || deskHeightMinCm <= deskHeightMaxCm;
    }

    /**
     * Checks that the seat range is ordered.
     *
     * @return true unless both ends are given and min exceeds max
     */
    @AssertTrue(message = "{dev.ergo.model.office.Workstation.seatRangeOrdered}")
    public boolean isSeatRangeOrdered() {
        return seatHeightMinCm == null || seatHeightMaxCm == null || seatHeightMinCm <= seatHeightMaxCm;
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Workstation}; not thread-safe. */
    public static final class Builder {
        private @Nullable Double poplitealHeightCm;
        private @Nullable Double elbowRestHeightCm;
        private @Nullable Double eyeHeightSittingCm;
        private @Nullable Double buttockPoplitealLengthCm;
        private @Nullable Double shoeAllowanceCm;
        private @Nullable Double deskHeightCm;
        private @Nullable Boolean deskAdjustable;
        private @Nullable Double deskHeightMinCm;
        private @Nullable Double deskHeightMaxCm;
        private @Nullable Double keyboardHeightAboveDeskCm;
        private @Nullable Double seatHeightCm;
        private @Nullable Boolean seatAdjustable;
        private @Nullable Double seatHeightMinCm;
        private @Nullable Double seatHeightMaxCm;
        private @Nullable Double seatDepthCm;
        private @Nullable Boolean seatDepthAdjustable;
        private @Nullable Equipment lumbarSupport;
        private @Nullable Double backrestAngleDeg;
        private @Nullable Equipment armrests;
        private @Nullable Boolean footrest;
        private @Nullable Boolean feetFlatOnFloor;
        private @Nullable Double monitorTopHeightCm;
        private @Nullable Double monitorDistanceCm;
        private @Nullable SourceRow origin;

        private Builder() {}

        /** @param v popliteal height, barefoot, seated, cm (30 to 60) @return this builder */
        public Builder poplitealHeightCm(@Nullable Number v) { poplitealHeightCm = v == null ? null : v.doubleValue(); return this; }
        /** @param v seat surface to underside of the elbow, cm (10 to 40) @return this builder */
        public Builder elbowRestHeightCm(@Nullable Number v) { elbowRestHeightCm = v == null ? null : v.doubleValue(); return this; }
        /** @param v seat surface to eye, cm (55 to 100) @return this builder */
        public Builder eyeHeightSittingCm(@Nullable Number v) { eyeHeightSittingCm = v == null ? null : v.doubleValue(); return this; }
        /** @param v buttock to back of the knee, cm (35 to 65) @return this builder */
        public Builder buttockPoplitealLengthCm(@Nullable Number v) { buttockPoplitealLengthCm = v == null ? null : v.doubleValue(); return this; }
        /** @param v shoe allowance, cm (0 to 8; the engine defaults to 2.5) @return this builder */
        public Builder shoeAllowanceCm(@Nullable Number v) { shoeAllowanceCm = v == null ? null : v.doubleValue(); return this; }
        /** @param v floor to top of the work surface, cm (50 to 130) @return this builder */
        public Builder deskHeightCm(@Nullable Number v) { deskHeightCm = v == null ? null : v.doubleValue(); return this; }
        /** @param v whether the desk height can be adjusted @return this builder */
        public Builder deskAdjustable(@Nullable Boolean v) { deskAdjustable = v; return this; }
        /** @param v lowest desk setting, cm @return this builder */
        public Builder deskHeightMinCm(@Nullable Number v) { deskHeightMinCm = v == null ? null : v.doubleValue(); return this; }
        /** @param v highest desk setting, cm @return this builder */
        public Builder deskHeightMaxCm(@Nullable Number v) { deskHeightMaxCm = v == null ? null : v.doubleValue(); return this; }
        /** @param v home row above the desk top, cm (0 to 10; default 3.0) @return this builder */
        public Builder keyboardHeightAboveDeskCm(@Nullable Number v) { keyboardHeightAboveDeskCm = v == null ? null : v.doubleValue(); return this; }
        /** @param v current compressed seat height, cm (30 to 80) @return this builder */
        public Builder seatHeightCm(@Nullable Number v) { seatHeightCm = v == null ? null : v.doubleValue(); return this; }
        /** @param v whether the seat height can be adjusted @return this builder */
        public Builder seatAdjustable(@Nullable Boolean v) { seatAdjustable = v; return this; }
        /** @param v lowest seat setting, cm @return this builder */
        public Builder seatHeightMinCm(@Nullable Number v) { seatHeightMinCm = v == null ? null : v.doubleValue(); return this; }
        /** @param v highest seat setting, cm @return this builder */
        public Builder seatHeightMaxCm(@Nullable Number v) { seatHeightMaxCm = v == null ? null : v.doubleValue(); return this; }
        /** @param v seat depth, backrest to front edge, cm (30 to 60) @return this builder */
        public Builder seatDepthCm(@Nullable Number v) { seatDepthCm = v == null ? null : v.doubleValue(); return this; }
        /** @param v whether the seat depth can be adjusted @return this builder */
        public Builder seatDepthAdjustable(@Nullable Boolean v) { seatDepthAdjustable = v; return this; }
        /** @param v the chair's lumbar support @return this builder */
        public Builder lumbarSupport(@Nullable Equipment v) { lumbarSupport = v; return this; }
        /** @param v backrest angle, degrees (80 to 135) @return this builder */
        public Builder backrestAngleDeg(@Nullable Number v) { backrestAngleDeg = v == null ? null : v.doubleValue(); return this; }
        /** @param v the chair's armrests @return this builder */
        public Builder armrests(@Nullable Equipment v) { armrests = v; return this; }
        /** @param v whether a footrest is present now @return this builder */
        public Builder footrest(@Nullable Boolean v) { footrest = v; return this; }
        /** @param v whether the feet were flat on the floor at the current seat height @return this builder */
        public Builder feetFlatOnFloor(@Nullable Boolean v) { feetFlatOnFloor = v; return this; }
        /** @param v floor to top of the viewing area, cm (60 to 200) @return this builder */
        public Builder monitorTopHeightCm(@Nullable Number v) { monitorTopHeightCm = v == null ? null : v.doubleValue(); return this; }
        /** @param v eye to screen, cm (20 to 150) @return this builder */
        public Builder monitorDistanceCm(@Nullable Number v) { monitorDistanceCm = v == null ? null : v.doubleValue(); return this; }
        /** @param v where the row came from @return this builder */
        public Builder origin(@Nullable SourceRow v) { origin = v; return this; }

        /** @return the record, not null */
        public Workstation build() {
            return new Workstation(poplitealHeightCm, elbowRestHeightCm, eyeHeightSittingCm, buttockPoplitealLengthCm, shoeAllowanceCm, deskHeightCm, deskAdjustable, deskHeightMinCm, deskHeightMaxCm, keyboardHeightAboveDeskCm, seatHeightCm, seatAdjustable, seatHeightMinCm, seatHeightMaxCm, seatDepthCm, seatDepthAdjustable, lumbarSupport, backrestAngleDeg, armrests, footrest, feetFlatOnFloor, monitorTopHeightCm, monitorDistanceCm, origin);
        }
    }
}
