/**
 * ergo's survey workbook reader (streaming, with Apache POI) and template writer. Yields survey
 * records and import problems; knows nothing of scoring.
 */
module dev.ergo.xlsx {
    requires transitive dev.ergo.model;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.apache.commons.compress;
    requires org.apache.commons.csv;
    requires java.xml;
    requires org.slf4j;
    requires static transitive org.apiguardian.api;
    requires static transitive org.jspecify;

    exports dev.ergo.xlsx;
}
