/**
 * ergo's PDF reports (OpenPDF): one report per employee and an organisation summary.
 */
module dev.ergo.report {
    requires transitive dev.ergo.engine;
    requires com.github.librepdf.openpdf;
    requires net.sf.jasperreports.fonts;
    requires java.desktop;
    requires static transitive org.apiguardian.api;
    requires static transitive org.jspecify;

    exports dev.ergo.report;
}
