package io.eventdesign.platform.processor;

import tools.jackson.databind.JsonNode;

/** What the aggregate store keeps per aggregate id: the version and the state at that version. */
record AggregateSnapshot(long version, JsonNode state) {}
