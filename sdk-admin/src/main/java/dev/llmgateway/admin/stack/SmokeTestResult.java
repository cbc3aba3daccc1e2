package dev.llmgateway.admin.stack;

import dev.llmgateway.admin.apigee.internal.ValueStyle;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * What the smoke test saw: the Apigee fault of a call without a key and the answer to a call with
 * the app's key.
 *
 * <p>Immutable; required fields: all.
 */
@Value.Immutable
@ValueStyle
public abstract class SmokeTestResult {

  SmokeTestResult() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the gateway's base URL the calls went to.
   *
   * @return the URL
   */
  public abstract String gatewayUrl();

  /**
   * Returns the fault of the call without a key, such as {@code HTTP 401
   * steps.oauth.v2.FailedToResolveAPIKey}.
   *
   * @return the fault
   */
  public abstract String faultWithoutKey();

  /**
   * Returns the model's answer to the call with the app's key.
   *
   * @return the answer text
   */
  public abstract String answer();

  /**
   * Returns how many calls with the key were made until one was answered.
   *
   * @return at least 1
   */
  public abstract int attempts();

  /**
   * Returns how long the test waited for Apigee to accept the key (by the stack's clock).
   *
   * @return the wait, zero when the first call was answered
   */
  public abstract Duration waited();

  /** Builder of {@link SmokeTestResult}. */
  public static final class Builder extends ImmutableSmokeTestResult.Builder {
    Builder() {}
  }
}
