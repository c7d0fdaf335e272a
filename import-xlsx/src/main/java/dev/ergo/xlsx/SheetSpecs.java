package dev.ergo.xlsx;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The registry: every sheet of the survey format, in the order of the format and the template. */
final class SheetSpecs {
    private SheetSpecs() {}

    static final List<SheetSpec> ALL = List.of(
            BaseSheets.EMPLOYEES,
            OfficeSheets.WORKSTATION,
            OfficeSheets.ROSA,
            PostureSheets.POSTURES,
            LiftingSheets.LIFTING,
            VibrationSheets.VIBRATION,
            RepetitiveSheets.REPETITIVE,
            ContactStressSheets.CONTACT_STRESS);

    /**
     * Finds the spec of a sheet by name, ignoring case and surrounding spaces.
     *
     * @param sheetName the name as written in the workbook
     * @return the spec, or null for a sheet that is not part of the format
     */
    static @Nullable SheetSpec find(String sheetName) {
        String key = key(sheetName);
        for (SheetSpec s : ALL) {
            if (key(s.name()).equals(key)) {
                return s;
            }
        }
        return null;
    }

    static String key(String sheetName) {
        return sheetName.strip().toLowerCase(Locale.ROOT);
    }
}
