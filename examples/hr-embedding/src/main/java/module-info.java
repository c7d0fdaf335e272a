/** An HR system that embeds ergo, as a named module: it reads only ergo's exported API. */
module com.example.hr {
    requires dev.ergo.report; // brings dev.ergo.engine and dev.ergo.model
    requires org.slf4j;       // the host's own logging, which ergo's dependencies join
}
