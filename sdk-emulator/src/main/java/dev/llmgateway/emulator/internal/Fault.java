package dev.llmgateway.emulator.internal;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A response the governance layer returns instead of the model server's: an Apigee fault, a raise
 * fault, a quota violation. The body is sent byte for byte.
 *
 * @param status the HTTP status
 * @param reasonPhrase the HTTP reason phrase (a RaiseFault's {@code <ReasonPhrase>}), or null for
 *     the standard one of the status
 * @param headers the response headers (for example {@code Content-Type})
 * @param body the body bytes
 */
public record Fault(
    int status, @Nullable String reasonPhrase, Map<String, String> headers, byte[] body) {

  /**
   * Validates and copies the headers.
   *
   * @param status the HTTP status
   * @param reasonPhrase the reason phrase, or null
   * @param headers the response headers
   * @param body the body bytes
   */
  public Fault {
    headers = Map.copyOf(Objects.requireNonNull(headers, "headers == null"));
    Objects.requireNonNull(body, "body == null");
  }

  /**
   * Creates a fault with the standard reason phrase of its status.
   *
   * @param status the HTTP status
   * @param headers the response headers
   * @param body the body bytes
   */
  public Fault(int status, Map<String, String> headers, byte[] body) {
    this(status, null, headers, body);
  }
}
