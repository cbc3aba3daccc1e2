package dev.llmgateway.client.internal.http;

import dev.llmgateway.client.errors.ErrorContext;
import dev.llmgateway.client.errors.ErrorSource;
import dev.llmgateway.client.errors.GatewayException;
import dev.llmgateway.client.errors.ServerException;
import dev.llmgateway.client.internal.error.ErrorClassifier;
import dev.llmgateway.client.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import okhttp3.Call;
import okhttp3.Response;
import tools.jackson.core.JacksonException;

/**
 * Reads the body of a non-streaming call straight from the byte stream. A body that parses but is
 * not the result ({@link NotTheResult}) is classified like the error document it may be; one that
 * does not parse is a {@link ServerException}; a read that fails after the response started is an
 * I/O failure after the request was sent, never re-sent. Thread-safe.
 *
 * @param <T> the result
 */
public final class BodyHandler<T> implements ResponseHandler<T> {
  private static final int MAX_QUOTED_BODY = 64 * 1024;

  /** Reads a successful response body. */
  @FunctionalInterface
  public interface BodyReader<T> {
    /**
     * Reads the body.
     *
     * @param body the body bytes
     * @return the value
     * @throws IOException on read failures
     */
    T read(InputStream body) throws IOException;
  }

  private final BodyReader<T> reader;

  private BodyHandler(BodyReader<T> reader) {
    this.reader = reader;
  }

  /**
   * Returns a handler that reads bodies with {@code reader}.
   *
   * @param reader reads the successful body
   * @param <T> the result
   * @return the handler
   */
  public static <T> BodyHandler<T> of(BodyReader<T> reader) {
    return new BodyHandler<>(reader);
  }

  @Override
  public boolean streaming() {
    return false;
  }

  @Override
  public T handle(GatewayCall<T> call, Call http, Response response) {
    try (response) {
      return reader.read(response.body().byteStream());
    } catch (NotTheResult e) {
      String json = Json.writeString(e.value);
      String quoted = json.length() <= MAX_QUOTED_BODY ? json : json.substring(0, MAX_QUOTED_BODY);
      throw call.classifier()
          .notTheResult(response, e.expected, quoted, call.requestId(), call.attempt());
    } catch (JacksonException e) {
      // Jackson 3 reports I/O failures of the body (timeouts, resets) as JacksonIOException.
      if (e.getCause() instanceof IOException) {
        throw call.ioFailure(HttpPolicy.markRequestSent((IOException) e.getCause()));
      }
      throw unreadable(call, response, e);
    } catch (IOException e) {
      // The response had started: the server got the request.
      throw call.ioFailure(HttpPolicy.markRequestSent(e));
    }
  }

  private static GatewayException unreadable(
      GatewayCall<?> call, Response response, JacksonException e) {
    ErrorClassifier classifier = call.classifier();
    okhttp3.Headers sent = response.request().headers();
    return new ServerException(
        "The server answered "
            + call.endpoint().path
            + " with a body this client cannot read ("
            + classifier.parseProblem(e, sent)
            + "). Check that the base URL points at an OpenAI-compatible gateway.",
        ErrorContext.builder()
            .statusCode(200)
            .source(ErrorSource.MODEL_SERVER)
            .requestId(call.requestId())
            .attempts(call.attempt())
            .build(),
        classifier.safeCause(e, sent));
  }
}
