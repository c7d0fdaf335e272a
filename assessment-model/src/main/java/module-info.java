/**
 * ergo's survey records: one employee and the sections of the survey workbook, with their Bean
 * Validation constraints and the validator that checks them.
 */
module dev.ergo.model {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires com.ibm.icu;
    requires static transitive org.apiguardian.api;
    requires static transitive org.jspecify;

    exports dev.ergo.model;
    exports dev.ergo.model.contact;
    exports dev.ergo.model.lifting;
    exports dev.ergo.model.office;
    exports dev.ergo.model.posture;
    exports dev.ergo.model.repetitive;
    exports dev.ergo.model.vibration;
    exports dev.ergo.model.validation;
    exports dev.ergo.model.text;
    // the constraint validator (instantiated by Hibernate Validator) and the one enumeration-word rule (the importer)
    exports dev.ergo.model.internal to org.hibernate.validator, dev.ergo.xlsx;
    // the one atomic file writer (the template writer; the command line reads it from the class path)
    exports dev.ergo.model.internal.files to dev.ergo.xlsx;

    // Hibernate Validator reads the record components' fields reflectively
    opens dev.ergo.model to org.hibernate.validator;
    opens dev.ergo.model.contact to org.hibernate.validator;
    opens dev.ergo.model.lifting to org.hibernate.validator;
    opens dev.ergo.model.office to org.hibernate.validator;
    opens dev.ergo.model.posture to org.hibernate.validator;
    opens dev.ergo.model.repetitive to org.hibernate.validator;
    opens dev.ergo.model.vibration to org.hibernate.validator;
}
