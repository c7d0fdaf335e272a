package dev.ergo.engine.internal.vibration;

import dev.ergo.engine.vibration.WholeBodyVibrationResult;
import dev.ergo.engine.ResultSection;
import dev.ergo.engine.internal.AssessmentContext;
import dev.ergo.engine.internal.FactorModule;
import dev.ergo.engine.internal.json.SectionCodec;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.vibration.VibrationSource;
import dev.ergo.model.vibration.VibrationType;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The vibration factor module: hand-arm and whole-body vibration from the {@code Vibration} sheet.
 * Each result is present only when the employee has rows of its type.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class VibrationModule implements FactorModule {

    /** Creates the module. */
    public VibrationModule() {}

    @Override
    public List<SectionCodec<?>> codecs() {
        return List.of(new HandArmVibrationCodec(), new WholeBodyVibrationCodec());
    }

    @Override
    public List<ResultSection> assess(EmployeeSurvey survey, AssessmentContext context) {
        List<VibrationSource> handArm = new ArrayList<>();
        List<VibrationSource> wholeBody = new ArrayList<>();
        for (VibrationSource s : survey.sections(VibrationSource.class)) {
            (s.type() == VibrationType.HAND_ARM ? handArm : wholeBody).add(s);
        }
        List<ResultSection> out = new ArrayList<>();
        if (!handArm.isEmpty()) {
            out.add(HandArmVibration.assess(handArm, context.texts()));
        }
        if (!wholeBody.isEmpty()) {
            WholeBodyVibrationResult r = WholeBodyVibration.assess(wholeBody, context.texts());
            if (r.vdvIncludesEstimates()) {
                context.note("note.vib.vdvEstimated");
            }
            out.add(r);
        }
        return out;
    }
}
