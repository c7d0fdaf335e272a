/**
 * ergo's scoring engine: assesses an employee's survey with every method whose rows are present and
 * returns immutable results with traffic lights and recommendations.
 */
module dev.ergo.engine {
    requires transitive dev.ergo.model;
    requires com.fasterxml.jackson.core;
    requires static transitive org.apiguardian.api;
    requires static transitive org.jspecify;

    exports dev.ergo.engine;
    exports dev.ergo.engine.contact;
    exports dev.ergo.engine.lifting;
    exports dev.ergo.engine.office;
    exports dev.ergo.engine.posture;
    exports dev.ergo.engine.repetitive;
    exports dev.ergo.engine.vibration;
    // the one number formatter, shared with the report
    exports dev.ergo.engine.internal to dev.ergo.report;
}
