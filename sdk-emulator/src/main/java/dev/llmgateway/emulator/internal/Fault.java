package dev.llmgateway.emulator.internal;

import java.util.Map;
import java.util.Objects;

/**
 * A response the governance layer returns instead of the model server's: an Apigee fault, a raise
 * fault, a quota violation. The body is sent byte for byte.
 *
 * @param status the HTTP status
 * @param headers the response headers (for example {@code Content-Type})
 * @param body the body bytes
 */
public record Fault(int status, Map<String, String> headers, byte[] body) {

  /**
   * Validates and copies the headers.
   *
   * @param status the HTTP status
   * @param headers the response headers
   * @param body the body bytes
   */
  public Fault {
    headers = Map.copyOf(Objects.requireNonNull(headers, "headers == null"));
    Objects.requireNonNull(body, "body == null");
  }
}
