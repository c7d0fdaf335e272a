package dev.ergo.engine.internal;

import dev.ergo.model.text.Messages;
import org.apiguardian.api.API;

/**
 * The engine's message bundles ({@code dev/ergo/engine/messages*.properties}): recommendation and
 * finding texts and the words for lights and factors, in every supported language.
 *
 * @since 0.2
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class EngineTexts {
    private EngineTexts() {}

    /** The engine's messages; a report's own bundles load with this as their parent. */
    public static final Messages MESSAGES =
            Messages.load("/dev/ergo/engine/messages", EngineTexts.class::getResourceAsStream);
}
