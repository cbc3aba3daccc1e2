package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.admin.apigee.internal.Xml;
import java.util.Optional;
import org.immutables.value.Value;
import org.w3c.dom.Element;

/**
 * A PromptTokenLimit policy (Apigee X): a spike arrest on the tokens of the user's prompt, counted
 * by Apigee's own tokenizer before the call ("the token calculation might differ slightly from the
 * one used by the LLM"). It protects the model servers from sudden token surges; counts live in a
 * best-effort cache, so it is not for exact accounting (use {@link LlmTokenQuotaPolicy}). Attach it
 * to the ProxyEndpoint request PreFlow, before any LLMTokenQuota. Over the rate the client gets
 * HTTP 429 {@code policies.prompttokenlimit.PromptTokenLimitViolation}, which sdk-client raises as
 * {@code RateLimitedException} and retries after a short jittered wait.
 *
 * <p>Left out: {@code IgnoreUnresolvedVariables} (the reference lists it, but apigeelint 2.85.1
 * rejects it on this policy and its meaning here could not be read) and {@code MessageWeight} (not
 * in the reference).
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name}, {@code rate} or
 * {@code rateRef}.
 */
@Value.Immutable
@ValueStyle
public abstract class PromptTokenLimitPolicy extends RatePolicy {

  PromptTokenLimitPolicy() {}

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
   * Returns the message template that reads the user's prompt, e.g. {@code
   * {jsonPath('$.messages[-1].content',request.content,true)}} for an OpenAI-style chat request;
   * unset, Apigee uses its default (the Gemini shape {@code $.contents[-1].parts[-1].text}).
   *
   * @return the template, or empty when not set
   */
  public abstract Optional<String> userPromptSource();

  @Value.Check
  void check() {
    checkRate();
    userPromptSource().ifPresent(t -> Templates.source(t, "userPromptSource"));
  }

  @Override
  public String toXml() {
    Element root = bareElement("PromptTokenLimit");
    userPromptSource().ifPresent(t -> Xml.child(root, "UserPromptSource", t));
    identifierRef().ifPresent(r -> Xml.child(root, "Identifier").setAttribute("ref", r));
    Xml.valueOrRef(root, "Rate", rate().orElse(null), rateRef().orElse(null));
    useEffectiveCount().ifPresent(u -> Xml.child(root, "UseEffectiveCount", u.toString()));
    return Xml.toString(root);
  }

  /** Builder of {@link PromptTokenLimitPolicy}. */
  public static final class Builder extends ImmutablePromptTokenLimitPolicy.Builder {
    Builder() {}
  }
}
