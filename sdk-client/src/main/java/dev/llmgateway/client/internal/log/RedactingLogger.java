package dev.llmgateway.client.internal.log;

import java.lang.System.Logger.Level;
import okhttp3.Headers;

/**
 * Logs client activity through {@link System.Logger} (name {@code dev.llmgateway.client}) and never
 * writes the values of credential headers: the configured API-key header, {@code Authorization},
 * {@code Proxy-Authorization} and {@code Cookie}. Request, response and retry lines are logged at
 * DEBUG, listener failures at WARNING. This class is thread-safe.
 */
public final class RedactingLogger {
  private final System.Logger logger;
  private final Secrets secrets;

  /**
   * Creates a logger.
   *
   * @param logger the destination
   * @param secrets knows the credential headers
   */
  public RedactingLogger(System.Logger logger, Secrets secrets) {
    this.logger = logger;
    this.secrets = secrets;
  }

  /**
   * Returns whether DEBUG messages are logged; callers check it before building messages.
   *
   * @return true if debug logging is on
   */
  public boolean debugEnabled() {
    return logger.isLoggable(Level.DEBUG);
  }

  /**
   * Logs an outgoing attempt at DEBUG.
   *
   * @param method the method
   * @param url the URL
   * @param headers the request headers, redacted here
   * @param attempt the attempt number
   */
  public void request(String method, String url, Headers headers, int attempt) {
    if (logger.isLoggable(Level.DEBUG)) {
      logger.log(
          Level.DEBUG, "--> " + method + " " + url + " attempt " + attempt + " " + redact(headers));
    }
  }

  /**
   * Logs a response at DEBUG.
   *
   * @param status the status
   * @param url the URL
   * @param requestId the request id
   * @param millis the elapsed milliseconds
   */
  public void response(int status, String url, String requestId, long millis) {
    if (logger.isLoggable(Level.DEBUG)) {
      logger.log(
          Level.DEBUG,
          "<-- " + status + " " + url + " x-request-id=" + requestId + " (" + millis + " ms)");
    }
  }

  /**
   * Logs a message at the given level.
   *
   * @param level the level
   * @param message the message, which must not contain secrets
   */
  public void log(Level level, String message) {
    if (logger.isLoggable(level)) {
      logger.log(level, message);
    }
  }

  /**
   * Logs a message and a throwable at the given level.
   *
   * @param level the level
   * @param message the message, which must not contain secrets
   * @param thrown the throwable
   */
  public void log(Level level, String message, Throwable thrown) {
    if (logger.isLoggable(level)) {
      logger.log(level, message, thrown);
    }
  }

  /**
   * Formats headers with the values of credential headers replaced.
   *
   * @param headers the headers
   * @return the text
   */
  public String redact(Headers headers) {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < headers.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      String name = headers.name(i);
      sb.append(name).append('=');
      sb.append(secrets.sensitive(name) ? Redactor.MARKER : headers.value(i));
    }
    return sb.append('}').toString();
  }
}
