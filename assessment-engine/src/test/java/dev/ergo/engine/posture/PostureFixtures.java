package dev.ergo.engine.posture;

import dev.ergo.model.posture.PostureObservation;

/** Observations for the posture tests. */
final class PostureFixtures {
    private PostureFixtures() {}

    /**
     * A posture that scores 1 on every RULA and REBA body part: arm hanging, elbow 80°, wrist
     * straight, neck and trunk upright; everything else blank (defaults).
     */
    static PostureObservation.Builder neutral(String task) {
        return PostureObservation.builder(task)
                .upperArmDeg(0.0).lowerArmDeg(80.0).wristDeg(0.0).neckDeg(0.0).trunkDeg(0.0);
    }

    /** Like {@link #neutral} but with every default-able input given explicitly. */
    static PostureObservation.Builder neutralExplicit(String task) {
        return neutral(task)
                .shoulderRaised(false).upperArmAbducted(false).armSupported(false).armAcrossMidline(false)
                .wristDeviated(false).wristTwisted(false).neckTwisted(false).neckSideBent(false)
                .trunkTwisted(false).trunkSideBent(false).seated(false).legsSupported(true).legsBilateral(true)
                .kneeDeg(0.0).loadKg(0.0).loadMode(dev.ergo.model.posture.LoadMode.INTERMITTENT)
                .coupling(dev.ergo.model.posture.RebaCoupling.GOOD)
                .staticPosture(false).repeatedAction(false).rapidPostureChange(false);
    }
}
