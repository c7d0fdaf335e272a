package dev.ergo.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.ergo.model.Employee;
import dev.ergo.model.InRange;
import dev.ergo.model.contact.ContactStressTask;
import dev.ergo.model.lifting.LiftingTask;
import dev.ergo.model.office.RosaChecklist;
import dev.ergo.model.office.Workstation;
import dev.ergo.model.posture.PostureObservation;
import dev.ergo.model.repetitive.RepetitiveTask;
import dev.ergo.model.vibration.VibrationSource;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SheetSpecTests {

    @Test
    void registryListsTheSheetsInFormatOrder() {
        assertThat(SheetSpecs.ALL).extracting(SheetSpec::name, SheetSpec::kind).containsExactly(
                tuple("Employees", SheetSpec.Kind.EMPLOYEES),
                tuple("Workstation", SheetSpec.Kind.SECTION),
                tuple("ROSA", SheetSpec.Kind.SECTION),
                tuple("Postures", SheetSpec.Kind.SECTION),
                tuple("Lifting", SheetSpec.Kind.SECTION),
                tuple("Vibration", SheetSpec.Kind.SECTION),
                tuple("Repetitive", SheetSpec.Kind.SECTION),
                tuple("ContactStress", SheetSpec.Kind.SECTION));
        assertThat(SheetSpecs.ALL).allSatisfy(s -> assertThat(s.oneRowPerEmployee())
                .isEqualTo(s == OfficeSheets.WORKSTATION || s == OfficeSheets.ROSA));
        assertThat(SheetSpecs.find("  rosa ")).isSameAs(OfficeSheets.ROSA);
        assertThat(SheetSpecs.find("Instructions")).isNull();
    }

    @Test
    void everyRecordComponentHasAColumnAndRangesComeFromTheModel() {
        Map<SheetSpec, Class<? extends Record>> records = Map.of(
                BaseSheets.EMPLOYEES, Employee.class, OfficeSheets.WORKSTATION, Workstation.class, OfficeSheets.ROSA, RosaChecklist.class,
                PostureSheets.POSTURES, PostureObservation.class, LiftingSheets.LIFTING, LiftingTask.class,
                VibrationSheets.VIBRATION, VibrationSource.class, RepetitiveSheets.REPETITIVE, RepetitiveTask.class,
                ContactStressSheets.CONTACT_STRESS, ContactStressTask.class);
        assertThat(records).hasSameSizeAs(SheetSpecs.ALL);
        assertThat(SheetSpecs.ALL).allSatisfy(s -> assertThat(s.recordType()).isEqualTo(records.get(s)));
        records.forEach((spec, type) -> {
            for (RecordComponent rc : type.getRecordComponents()) {
                if (rc.getName().equals("origin")) {
                    continue;
                }
                ColumnSpec c = spec.byProperty(rc.getName());
                assertThat(c).as("%s.%s", type.getSimpleName(), rc.getName()).isNotNull();
                InRange range = rc.getAnnotation(InRange.class);
                assertThat(c.min()).isEqualTo(range == null ? null : range.min());
                assertThat(c.max()).isEqualTo(range == null ? null : range.max());
            }
            long propertyColumns = spec.columns().stream().filter(c -> c.property() != null).count();
            assertThat(propertyColumns).isEqualTo(type.getRecordComponents().length - 1);
        });
    }

    @Test
    void typesRequiredAndWordsAreDerivedFromTheRecord() {
        assertThat(BaseSheets.EMPLOYEES.column("employee_id")).extracting(ColumnSpec::type, ColumnSpec::required, ColumnSpec::property)
                .containsExactly(ColumnType.TEXT, true, "id");
        assertThat(BaseSheets.EMPLOYEES.column("age")).extracting(ColumnSpec::type, ColumnSpec::min, ColumnSpec::max, ColumnSpec::unit)
                .containsExactly(ColumnType.INTEGER, "14", "100", "years");
        assertThat(BaseSheets.EMPLOYEES.column("sex").words()).containsExactly("F", "M", "X");
        assertThat(BaseSheets.EMPLOYEES.column("assessment_date").type()).isEqualTo(ColumnType.DATE);
        assertThat(OfficeSheets.WORKSTATION.column("popliteal_height_cm"))
                .extracting(ColumnSpec::type, ColumnSpec::required, ColumnSpec::min, ColumnSpec::max, ColumnSpec::unit)
                .containsExactly(ColumnType.NUMBER, false, "30", "60", "cm");
        assertThat(OfficeSheets.WORKSTATION.column("lumbar_support").words()).containsExactly("none", "fixed", "adjustable");
        assertThat(OfficeSheets.WORKSTATION.column("footrest").type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(OfficeSheets.ROSA.column("seat_height")).extracting(ColumnSpec::type, ColumnSpec::required, ColumnSpec::min, ColumnSpec::max)
                .containsExactly(ColumnType.INTEGER, true, "1", "3");
        assertThat(OfficeSheets.ROSA.columns().stream().filter(ColumnSpec::required).map(ColumnSpec::name))
                .containsExactlyInAnyOrder("employee_id", "seat_height", "seat_depth", "armrest", "back_support", "chair_hours_per_day",
                        "monitor", "monitor_hours_per_day", "phone", "phone_hours_per_day", "mouse", "mouse_hours_per_day",
                        "keyboard", "keyboard_hours_per_day");
        assertThat(OfficeSheets.ROSA.column("monitor_glare").required()).isFalse();
    }

    @Test
    void classLevelChecksPointAtTheMinimumColumns() {
        assertThat(OfficeSheets.WORKSTATION.columnForViolation("deskRangeOrdered").name()).isEqualTo("desk_height_min_cm");
        assertThat(OfficeSheets.WORKSTATION.columnForViolation("seatRangeOrdered").name()).isEqualTo("seat_height_min_cm");
        assertThat(OfficeSheets.WORKSTATION.columnForViolation("seatDepthCm").name()).isEqualTo("seat_depth_cm");
        assertThat(OfficeSheets.WORKSTATION.columnForViolation("nothing")).isNull();
    }

    @Test
    void factorSheetsTakeRequiredColumnsRangesAndWordsFromTheirRecords() {
        SheetSpec postures = PostureSheets.POSTURES;
        assertThat(postures.columns().stream().filter(ColumnSpec::required).map(ColumnSpec::name))
                .containsExactly("employee_id", "task", "upper_arm_deg", "lower_arm_deg", "wrist_deg", "neck_deg", "trunk_deg");
        assertThat(postures.column("upper_arm_deg")).extracting(ColumnSpec::min, ColumnSpec::max).containsExactly("-90", "200");
        assertThat(postures.column("coupling").words()).containsExactly("good", "fair", "poor", "unacceptable");
        assertThat(postures.column("load_mode").words()).containsExactly("intermittent", "static", "repeated", "shock");
        assertThat(postures.column("side").words()).containsExactly("left", "right");
        assertThat(postures.column("legs_supported").type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(postures.column("owas_code").type()).isEqualTo(ColumnType.TEXT);
        assertThat(LiftingSheets.LIFTING.columns().stream().filter(ColumnSpec::required).map(ColumnSpec::name))
                .containsExactly("employee_id", "task", "load_kg", "h_origin_cm", "v_origin_cm", "v_destination_cm",
                        "frequency_per_min", "duration_hours", "coupling");
        assertThat(LiftingSheets.LIFTING.column("coupling").words()).containsExactly("good", "fair", "poor");
        assertThat(LiftingSheets.LIFTING.column("duration_hours")).extracting(ColumnSpec::min, ColumnSpec::max, ColumnSpec::unit)
                .containsExactly("0", "8", "h");
        assertThat(LiftingSheets.LIFTING.column("v_destination_cm").help())
                .contains("Required: the travel distance D = |V destination − V origin| needs it.");
        assertThat(VibrationSheets.VIBRATION.column("type")).extracting(ColumnSpec::type, ColumnSpec::required, ColumnSpec::words)
                .containsExactly(ColumnType.ENUM, true, java.util.List.of("hand-arm", "whole-body"));
        assertThat(VibrationSheets.VIBRATION.column("vdv")).extracting(ColumnSpec::min, ColumnSpec::max, ColumnSpec::unit)
                .containsExactly("0", "100", "m/s^1.75");
        assertThat(RepetitiveSheets.REPETITIVE.column("exertions_per_second")).extracting(ColumnSpec::min, ColumnSpec::max)
                .containsExactly("0.05", "3");
        assertThat(RepetitiveSheets.REPETITIVE.columns().stream().filter(ColumnSpec::required).map(ColumnSpec::name))
                .containsExactly("employee_id", "task", "hand", "hours_per_day");
        assertThat(ContactStressSheets.CONTACT_STRESS.column("hand_impacts_per_hour").max()).isEqualTo("5000");
        assertThat(ContactStressSheets.CONTACT_STRESS.column("body_part").type()).isEqualTo(ColumnType.TEXT);
    }

    @Test
    void everyCrossFieldCheckOfEveryRecordIsReportedAtItsColumns() {
        Map<String, String> expected = new java.util.TreeMap<>(Map.ofEntries(
                Map.entry("Workstation.deskRangeOrdered", "desk_height_min_cm"),
                Map.entry("Workstation.seatRangeOrdered", "seat_height_min_cm"),
                Map.entry("Lifting.maxLoadNotBelowLoad", "load_max_kg"),
                Map.entry("Vibration.eitherTotalOrAxes", "a_hv"),
                Map.entry("Vibration.handArmMagnitudeGiven", "a_hv"),
                Map.entry("Vibration.wholeBodyAxesGiven", "a_x"),
                Map.entry("Vibration.vdvOnWholeBodyOnly", "vdv"),
                Map.entry("Vibration.vdvMeasuredHoursGiven", "vdv_measured_hours"),
                Map.entry("Repetitive.halGiven", "hal"),
                Map.entry("Repetitive.exertionFrequencyPaired", "duty_cycle_pct"),
                Map.entry("Repetitive.halSingleSource", "hal"),
                Map.entry("Repetitive.peakForceGiven", "peak_force_npf"),
                Map.entry("Repetitive.peakForceSingleSource", "peak_force_npf"),
                Map.entry("Repetitive.rsiComplete", "rsi_intensity_pct_mvc"),
                Map.entry("Repetitive.rsiFeasible", "rsi_seconds_per_exertion"),
                Map.entry("ContactStress.impactHoursGiven", "impact_hours_per_day"),
                Map.entry("ContactStress.anyExposureGiven", "hand_impacts_per_hour")));
        Map<String, String> actual = new java.util.TreeMap<>();
        for (SheetSpec s : SheetSpecs.ALL) {
            for (String property : SheetSpec.assertTrueProperties(s.recordType())) {
                ColumnSpec c = s.columnForViolation(property);
                assertThat(c).as("%s.%s", s.name(), property).isNotNull();
                actual.put(s.name() + "." + property, c.name());
            }
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(VibrationSheets.VIBRATION.columnsForViolation("wholeBodyAxesGiven")).extracting(ColumnSpec::name)
                .containsExactly("a_x", "a_y", "a_z", "type");
        assertThat(VibrationSheets.VIBRATION.columnsForViolation("aHv")).extracting(ColumnSpec::name).containsExactly("a_hv");
        assertThat(VibrationSheets.VIBRATION.columnsForViolation("nothing")).isEmpty();
    }

    @Test
    void aSpecMissingACrossFieldCheckOrNamingAnUnknownColumnDoesNotBuild() {
        record Range(Double low, Double high, dev.ergo.model.SourceRow origin) {
            @jakarta.validation.constraints.AssertTrue(message = "low must not exceed high")
            public boolean isOrdered() {
                return low == null || high == null || low <= high;
            }
        }
        assertThatThrownBy(() -> SheetSpec.section("Range", Range.class).column("low", "l").column("high", "h").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Range.ordered").hasMessageContaining(".check(\"ordered\"");
        assertThatThrownBy(() -> SheetSpec.section("Range", Range.class).check("ordered", "lowest")
                        .column("low", "l").column("high", "h").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("sheet Range reports check ordered at lowest, which is not one of its columns");
        SheetSpec ok = SheetSpec.section("Range", Range.class).check("ordered", "low", "high").column("low", "l").column("high", "h").build();
        assertThat(ok.columnsForViolation("ordered")).extracting(ColumnSpec::name).containsExactly("low", "high");
    }

    @Test
    void columnNamesAreNormalisedAndEveryColumnHasHelp() {
        for (SheetSpec s : SheetSpecs.ALL) {
            assertThat(s.columns().get(0).name()).isEqualTo("employee_id");
            assertThat(s.purpose()).isNotBlank();
            for (ColumnSpec c : s.columns()) {
                assertThat(Text.header(c.name())).isEqualTo(c.name());
                assertThat(c.help()).as(c.name()).isNotBlank();
                if (c.min() != null) {
                    assertThat(new java.math.BigDecimal(c.min())).isLessThan(new java.math.BigDecimal(c.max()));
                }
            }
        }
    }

    @Test
    void enumWordsWithHyphensMapToConstants() {
        enum Kind { HAND_ARM, WHOLE_BODY }
        record Probe(Kind kind, dev.ergo.model.SourceRow origin) {}
        // the canonical mapper turns user words into constants
        SheetSpec spec = SheetSpec.section("Probe", Probe.class).column("kind", "help").build();
        assertThat(spec.column("kind").words()).containsExactly("hand-arm", "whole-body");
        Object built = spec.mapper().map(new RowValues(Map.of("kind", "whole-body"), dev.ergo.model.SourceRow.of("Probe", 2)));
        assertThat(built).isEqualTo(new Probe(Kind.WHOLE_BODY, dev.ergo.model.SourceRow.of("Probe", 2)));
    }
}
