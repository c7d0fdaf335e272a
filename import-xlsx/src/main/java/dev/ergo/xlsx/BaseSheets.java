package dev.ergo.xlsx;

import dev.ergo.model.Employee;

/** The required Employees sheet. */
final class BaseSheets {
    private BaseSheets() {}

    static final SheetSpec EMPLOYEES = SheetSpec.employees("Employees", Employee.class)
            .purpose("Required. One row per employee; every other sheet refers to these ids.")
            .column("employee_id", "id", "A unique id for the employee, 1 to 64 characters. A number such as 1042 is read as the text 1042.")
            .column("name", "The name printed on the report. Optional.")
            .column("department", "Department. Optional.")
            .column("site", "Site or location. Optional.")
            .column("job_title", "Job title. Optional.")
            .column("sex", "F, M or X. Used only to pick body-size defaults when measurements are missing.")
            .column("age", "Age in whole years.")
            .column("stature_cm", "Standing height without shoes, in cm. Used to estimate missing body dimensions.")
            .column("assessment_date", "Date of the assessment, as a date cell or YYYY-MM-DD. Blank means the date of the run.")
            .column("assessor", "Who did the assessment. Optional.")
            .column("language", "The language of this employee's report, as a language tag such as en, de, fr, es or pl"
                    + " (de-AT reads German). Blank: the run's language (ergo assess --lang, English by default)."
                    + " A language without a translation is a warning, and the run's language is used.")
            .build();
}
