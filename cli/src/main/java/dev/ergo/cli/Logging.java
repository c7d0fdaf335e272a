package dev.ergo.cli;

/**
 * Where log lines go. By default nowhere: the console carries ergo's own sentences only, and a
 * library's log line (Apache POI, OpenPDF, Hibernate Validator) would read as a failure to a user.
 * {@code --verbose} sends them to standard error: warnings and errors of the libraries, and ergo's
 * own debug lines (counts and timings, employee ids at most, never names).
 *
 * <p>slf4j-simple reads its levels when the first logger is created, so {@link #verbose()} must run
 * before any import or report starts; each command calls it first.
 */
final class Logging {
    private Logging() {}

    private static final String PREFIX = "org.slf4j.simpleLogger.";
    static final String JBOSS_PROVIDER = "org.jboss.logging.provider";

    /**
     * Sends Hibernate Validator's JBoss Logging to SLF4J directly, unless the user chose a back-end:
     * left to itself it starts {@code java.util.logging} and probes Log4j first, a start-up cost.
     */
    static void jbossToSlf4j() {
        if (System.getProperty(JBOSS_PROVIDER) == null) {
            System.setProperty(JBOSS_PROVIDER, "slf4j");
        }
    }

    /** Turns log lines on, for this run of the command. */
    static void verbose() {
        System.setProperty(PREFIX + "defaultLogLevel", "warn");
        System.setProperty(PREFIX + "log.dev.ergo", "debug");
    }
}
