package io.eventdesign.platform.command;

import tools.jackson.databind.JsonNode;

/**
 * A command as it travels on a {@code <aggregate>.commands} topic: metadata, the command's simple
 * type name and its JSON payload. Commands are internal, so JSON is enough here.
 */
public record CommandEnvelope(CommandMetadata metadata, String type, JsonNode payload) {}
