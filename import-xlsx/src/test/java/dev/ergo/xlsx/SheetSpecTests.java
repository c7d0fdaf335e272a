package dev.ergo.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ergo.model.Employee;
import dev.ergo.model.InRange;
import dev.ergo.model.office.RosaChecklist;
import dev.ergo.model.office.Workstation;
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
                tuple("Postures", SheetSpec.Kind.PLANNED),
                tuple("Lifting", SheetSpec.Kind.PLANNED),
                tuple("Vibration", SheetSpec.Kind.PLANNED),
                tuple("Repetitive", SheetSpec.Kind.PLANNED),
                tuple("ContactStress", SheetSpec.Kind.PLANNED));
        assertThat(SheetSpecs.find("  rosa ")).isSameAs(OfficeSheets.ROSA);
        assertThat(SheetSpecs.find("Instructions")).isNull();
    }

    @Test
    void everyRecordComponentHasAColumnAndRangesComeFromTheModel() {
        Map<SheetSpec, Class<? extends Record>> records = Map.of(
                BaseSheets.EMPLOYEES, Employee.class, OfficeSheets.WORKSTATION, Workstation.class, OfficeSheets.ROSA, RosaChecklist.class);
        records.forEach((spec, type) -> {
            assertThat(spec.mapper()).isNotNull();
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
    void plannedSheetsDescribeTheirColumnsWithRanges() {
        SheetSpec postures = PlannedSheets.POSTURES;
        assertThat(postures.mapper()).isNull();
        assertThat(postures.columns().stream().filter(ColumnSpec::required).map(ColumnSpec::name))
                .containsExactly("employee_id", "task", "upper_arm_deg", "lower_arm_deg", "wrist_deg", "neck_deg", "trunk_deg");
        assertThat(postures.column("upper_arm_deg")).extracting(ColumnSpec::min, ColumnSpec::max).containsExactly("-90", "200");
        assertThat(postures.column("coupling").words()).containsExactly("good", "fair", "poor", "unacceptable");
        assertThat(PlannedSheets.LIFTING.column("coupling").required()).isTrue();
        assertThat(PlannedSheets.VIBRATION.column("type").words()).containsExactly("hand-arm", "whole-body");
        assertThat(PlannedSheets.REPETITIVE.column("exertions_per_second")).extracting(ColumnSpec::min, ColumnSpec::max)
                .containsExactly("0.05", "3");
        assertThat(PlannedSheets.CONTACT_STRESS.column("hand_impacts_per_hour").max()).isEqualTo("5000");
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
