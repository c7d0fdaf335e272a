package dev.ergo.engine;

import dev.ergo.model.Employee;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.lifting.Coupling;
import dev.ergo.model.lifting.LiftingTask;
import java.time.LocalDate;

/** Employees with one lifting task whose load sets the light: 10 kg LOW, 30 kg MEDIUM, 80 kg HIGH. */
final class FollowUpFixtures {
    private FollowUpFixtures() {}

    static final LocalDate BASELINE_DAY = LocalDate.of(2026, 3, 10);
    static final LocalDate FOLLOW_UP_DAY = LocalDate.of(2026, 9, 10);

    static AssessmentResult lifting(String id, double loadKg, LocalDate day) {
        return lifting(id, loadKg, day, null, null);
    }

    static AssessmentResult lifting(String id, double loadKg, LocalDate day, String site, String department) {
        Employee.Builder e = Employee.builder(id).assessmentDate(day);
        if (site != null) {
            e.site(site);
        }
        if (department != null) {
            e.department(department);
        }
        return ResultFixtures.ASSESSOR.assess(EmployeeSurvey.of(e.build(),
                LiftingTask.builder().task("Boxes").loadKg(loadKg).hOriginCm(25.0).vOriginCm(75.0).vDestinationCm(75.0)
                        .frequencyPerMin(0.2).durationHours(1.0).coupling(Coupling.GOOD).build()));
    }

    static AssessmentResult none(String id, LocalDate day) {
        return ResultFixtures.ASSESSOR.assess(EmployeeSurvey.of(Employee.builder(id).assessmentDate(day).build()));
    }

    /** As read back from results.jsonl: only what the line holds. */
    static AssessmentResult roundTrip(AssessmentResult r) {
        return ResultJson.parse(ResultJson.line(r, false));
    }
}
