package dev.ergo.xlsx;

import dev.ergo.model.text.Messages;

/**
 * The template's message bundles ({@code dev/ergo/xlsx/messages*.properties}): the Instructions sheet,
 * the sheets' purposes and the wording of the header comments and validation boxes. Importer problem
 * messages stay English: they are for the assessor.
 */
final class XlsxTexts {
    private XlsxTexts() {}

    static final Messages MESSAGES = Messages.load("/dev/ergo/xlsx/messages", XlsxTexts.class::getResourceAsStream);
}
