package dev.llmgateway.emulator.internal.serving;

import dev.llmgateway.client.internal.json.Json;
import io.vertx.core.buffer.Buffer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Parses request bodies into JSON trees, once per call. This class is thread-safe. */
public final class JsonBody {
  private JsonBody() {}

  /**
   * Parses a body.
   *
   * @param body the body bytes
   * @return the tree, or null when the body is empty
   * @throws JacksonException when the body is not one JSON value
   */
  public static @Nullable JsonNode parse(Buffer body) {
    if (body.length() == 0) {
      return null;
    }
    return Json.mapper().readTree(body.getBytes());
  }
}
