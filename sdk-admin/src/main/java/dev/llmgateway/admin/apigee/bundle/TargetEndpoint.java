package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A target endpoint ({@code apiproxy/targets/{name}.xml}): the backend URL with its own pre- and
 * post-flow, and for streamed (SSE) answers an EventFlow.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code url}.
 */
@Value.Immutable
@ValueStyle
public abstract class TargetEndpoint {

  TargetEndpoint() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no fields set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this value's fields.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Returns the endpoint name (default {@code default}).
   *
   * @return the endpoint name
   */
  @Value.Default
  public String name() {
    return "default";
  }

  /**
   * Returns the description.
   *
   * @return the description, or empty when not set
   */
  public abstract Optional<String> description();

  /**
   * Returns the backend URL.
   *
   * @return the backend URL
   */
  public abstract String url();

  /**
   * Returns the pre-flow (default empty).
   *
   * @return the pre-flow
   */
  @Value.Default
  public Flow preFlow() {
    return Flow.builder().name("PreFlow").build();
  }

  /**
   * Returns the post-flow (default empty).
   *
   * @return the post-flow
   */
  @Value.Default
  public Flow postFlow() {
    return Flow.builder().name("PostFlow").build();
  }

  /**
   * Returns the steps of the EventFlow, which run on each event of a {@code text/event-stream}
   * response as it streams through (Apigee X). Apigee accepts only a few policy types there:
   * LLMTokenQuota, SanitizeModelResponse, MessageLogging, RaiseFault, JavaScript and
   * PublishMessage. Empty: no EventFlow.
   *
   * @return the EventFlow's response steps
   */
  public abstract List<Step> eventFlowSteps();

  @Value.Check
  void check() {
    BundleNames.file(name(), "targetEndpoint name");
    EndpointRules.prePostFlows("targetEndpoint '" + name() + "'", preFlow(), postFlow());
    if (!url().startsWith("http://") && !url().startsWith("https://")) {
      throw new IllegalArgumentException(
          "url must be an http or https URL but was '" + url() + "'");
    }
  }

  /** Builder of {@link TargetEndpoint}. */
  public static final class Builder extends ImmutableTargetEndpoint.Builder {
    Builder() {}
  }
}
