package dev.llmgateway.emulator.internal.serving;

import io.vertx.core.MultiMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One HTTP request as a model server receives it, its body already parsed.
 *
 * @param method the HTTP method, such as {@code POST}
 * @param path the path without the query
 * @param headers the request headers (the Endpoint Picker's {@code x-gateway-destination-endpoint}
 *     among them when it came through the front door)
 * @param json the parsed JSON body, or null when the request had no body
 * @param timers the call's time and context
 */
public record ServingCall(
    String method, String path, MultiMap headers, @Nullable JsonNode json, Timers timers) {}
