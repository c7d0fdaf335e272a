package dev.ergo.engine.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadFeature;

/** The one Jackson factory of the results contract; thread-safe. */
final class Jackson {
    private Jackson() {}

    static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .characterEscapes(new ContractEscapes())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
}
