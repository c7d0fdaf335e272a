package dev.ergo.xlsx;

import dev.ergo.model.contact.ContactStressTask;

/** The ContactStress sheet: impacts, kneeling and hard-edge contact. */
final class ContactStressSheets {
    private ContactStressSheets() {}

    static final SheetSpec CONTACT_STRESS = SheetSpec.section("ContactStress", ContactStressTask.class)
            .purpose("Optional. Impacts, kneeling and hard-edge contact, any number of rows per employee.")
            .check("impactHoursGiven", "impact_hours_per_day", "hand_impacts_per_hour", "knee_impacts_per_hour")
            .check("anyExposureGiven", "hand_impacts_per_hour", "knee_impacts_per_hour", "kneeling_hours_per_day",
                    "hard_edge_contact_hours_per_day")
            .column("task", "A short label for the task.")
            .column("hand_impacts_per_hour", "Hand (heel of the palm) used as a hammer, impacts per hour.")
            .column("knee_impacts_per_hour", "Knee used as a hammer, impacts per hour.")
            .column("impact_hours_per_day", "Hours per day with impacts; needed with an impact count above 0.")
            .column("kneeling_hours_per_day", "Hours per day kneeling.")
            .column("hard_edge_contact_hours_per_day", "Hours per day of localized pressure from hard or sharp edges or tool handles.")
            .column("body_part", "Where the edge contact occurs, for example forearm or palm.")
            .build();
}
