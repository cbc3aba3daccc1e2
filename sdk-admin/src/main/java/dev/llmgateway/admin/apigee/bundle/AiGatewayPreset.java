package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.client.internal.check.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Apigee's AI policies composed in one proxy for the model servers' OpenAI-compatible API, in the
 * order they must run:
 *
 * <ol>
 *   <li>request (ProxyEndpoint PreFlow): VerifyAPIKey; PromptTokenLimit (before any LLMTokenQuota,
 *       as Apigee documents; after the key, so that it counts per app); the model extracted;
 *       LLMTokenQuota EnforceOnly; SanitizeUserPrompt (after the limits, so floods do not cost
 *       Model Armor calls; before the cache, so a blocked prompt is never answered from it);
 *       SemanticCacheLookup;
 *   <li>complete answers: LLMTokenQuota CountOnly first (the model spent the tokens whatever
 *       follows), SanitizeModelResponse, then SemanticCachePopulate (only screened answers are
 *       cached), and the usage extracted for the log;
 *   <li>streamed answers (only with a {@link #targetUrl()}): LLMTokenQuota CountOnly in the
 *       target's EventFlow, on the event that carries {@code usage};
 *   <li>after the response (PostClientFlow): MessageLogging to Cloud Logging.
 * </ol>
 *
 * <p>Two layouts. Without a target URL the proxy has no TargetEndpoint, like the guide's
 * token-quota proxy: it runs behind the GKE Inference Gateway's traffic extension (deploy it under
 * the ApigeeBackendService's name), and the answer steps run in the ProxyEndpoint's response flow,
 * on complete answers only. With a target URL it is a proxy in front of the model servers (the
 * Gateway's address, e.g. {@code http://10.0.0.5/v1}), the answer steps run in the target's
 * PostFlow and streamed answers are counted in its EventFlow.
 *
 * <p>Each feature is optional; what each needs in Google Cloud and what the client sees when it
 * trips is on its preset: {@link PromptTokenLimitPreset}, {@link LlmTokenQuotaPreset}, {@link
 * ModelArmorPreset}, {@link SemanticCachePreset}, {@link LlmLoggingPreset}. All together need a
 * Comprehensive environment (Model Armor) and one deployment service account with every role they
 * list.
 *
 * <pre>{@code
 * ApiProxyBundle bundle = AiGatewayPreset.builder()
 *     .targetUrl("http://10.0.0.5/v1")
 *     .promptTokenRate("2000pm")
 *     .llmTokenQuota(true)
 *     .modelArmorTemplate("projects/my-project/locations/us-central1/templates/llm")
 *     .logName("projects/{organization.name}/logs/llm-gateway")
 *     .build()
 *     .bundle();
 * }</pre>
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: at least one feature.
 */
@Value.Immutable
@ValueStyle
public abstract class AiGatewayPreset {

  /** The fallback token quota when the key's API product sets none: tokens per minute. */
  public static final long DEFAULT_FALLBACK_TOKENS_PER_MINUTE = 10_000;

  AiGatewayPreset() {}

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
   * Returns the proxy name (default {@value TokenQuotaPreset#DEFAULT_PROXY_NAME}, the name the
   * guide's traffic extension runs).
   *
   * @return the proxy name
   */
  @Value.Default
  public String proxyName() {
    return TokenQuotaPreset.DEFAULT_PROXY_NAME;
  }

  /**
   * Returns the base path: by default {@code /v1} with a target URL (clients call {@code
   * https://APIGEE_HOST/v1/chat/completions}), else {@code /v1/samples/{proxyName}} like the
   * guide's proxy.
   *
   * @return the base path, or empty for the default
   */
  public abstract Optional<String> basePath();

  /**
   * Returns the URL the proxy calls, ending where the OpenAI paths start, e.g. {@code
   * http://GATEWAY_IP/v1}; empty for a proxy without target (behind the traffic extension).
   *
   * @return the target URL, or empty when not set
   */
  public abstract Optional<String> targetUrl();

  /**
   * Returns the prompt-token rate of a PromptTokenLimit per app, e.g. {@code 2000pm}.
   *
   * @return the rate, or empty for no prompt-token limit
   */
  public abstract Optional<String> promptTokenRate();

  /**
   * Returns whether the LLMTokenQuota pair (and, with a target, the stream counter) is included.
   *
   * @return whether LLM token quotas are enforced
   */
  @Value.Default
  public boolean llmTokenQuota() {
    return false;
  }

  /**
   * Returns the token quota per minute when the key's API product sets no LLM token quota (default
   * {@value #DEFAULT_FALLBACK_TOKENS_PER_MINUTE}).
   *
   * @return the fallback tokens per minute
   */
  @Value.Default
  public long fallbackTokensPerMinute() {
    return DEFAULT_FALLBACK_TOKENS_PER_MINUTE;
  }

  /**
   * Returns the Model Armor template that screens prompts and answers.
   *
   * @return the template name, or empty for no Model Armor
   */
  public abstract Optional<String> modelArmorTemplate();

  /**
   * Returns the semantic cache's Vertex AI settings.
   *
   * @return the settings, or empty for no semantic cache
   */
  public abstract Optional<SemanticCacheSettings> semanticCache();

  /**
   * Returns the Cloud Logging log of one entry per call, e.g. {@code
   * projects/{organization.name}/logs/llm-gateway}.
   *
   * @return the log name, or empty for no logging
   */
  public abstract Optional<String> logName();

  @Value.Check
  void check() {
    Checks.positive(fallbackTokensPerMinute(), "fallbackTokensPerMinute");
    targetUrl().ifPresent(u -> TargetEndpoint.builder().url(u).build());
    if (promptTokenRate().isEmpty()
        && !llmTokenQuota()
        && modelArmorTemplate().isEmpty()
        && semanticCache().isEmpty()
        && logName().isEmpty()) {
      throw new IllegalArgumentException(
          "no feature is set: set promptTokenRate, llmTokenQuota, modelArmorTemplate,"
              + " semanticCache or logName");
    }
    // Builds the policies, so that a bad rate, template or log name fails here, naming its field.
    bundle();
  }

  /**
   * Returns the proxy bundle.
   *
   * @return the bundle
   */
  public ApiProxyBundle bundle() {
    ApiProxyBundle.Builder b =
        ApiProxyBundle.builder()
            .name(proxyName())
            .description("LLM gateway proxy with Apigee's AI policies")
            .addPolicy(AiPolicies.verifyApiKey());
    Flow.Builder request =
        Flow.builder().name("PreFlow").addRequestStep(Step.of(AiPolicies.VERIFY_API_KEY));
    List<Step> answer = new ArrayList<>();
    promptTokenRate()
        .ifPresent(
            rate -> {
              b.addPolicy(AiPolicies.promptTokenLimit(rate));
              request.addRequestStep(Step.of(AiPolicies.PROMPT_TOKEN_LIMIT, AiPolicies.CHAT_CALL));
            });
    if (llmTokenQuota() || logName().isPresent()) {
      b.addPolicy(AiPolicies.extractModel());
      request.addRequestStep(Step.of(AiPolicies.EXTRACT_MODEL, AiPolicies.MODEL_CALL));
    }
    if (llmTokenQuota()) {
      b.addPolicy(AiPolicies.tokenEnforce(fallbackTokensPerMinute()));
      b.addPolicy(AiPolicies.tokenCount(fallbackTokensPerMinute()));
      request.addRequestStep(Step.of(AiPolicies.TOKEN_ENFORCE, AiPolicies.MODEL_CALL));
      answer.add(Step.of(AiPolicies.TOKEN_COUNT, AiPolicies.JSON_ANSWER));
    }
    modelArmorTemplate()
        .ifPresent(
            t -> {
              b.addPolicy(AiPolicies.sanitizePrompt(t));
              b.addPolicy(AiPolicies.sanitizeResponse(t));
              request.addRequestStep(Step.of(AiPolicies.SANITIZE_PROMPT, AiPolicies.CHAT_CALL));
              answer.add(Step.of(AiPolicies.SANITIZE_RESPONSE, AiPolicies.CHAT_ANSWER));
            });
    semanticCache()
        .ifPresent(
            c -> {
              b.addPolicy(c.lookup(AiPolicies.CACHE_LOOKUP));
              b.addPolicy(c.populate(AiPolicies.CACHE_POPULATE));
              request.addRequestStep(Step.of(AiPolicies.CACHE_LOOKUP, AiPolicies.CHAT_CALL));
              answer.add(Step.of(AiPolicies.CACHE_POPULATE, AiPolicies.CHAT_ANSWER));
            });
    ProxyEndpoint.Builder proxy = ProxyEndpoint.builder().name("default");
    logName()
        .ifPresent(
            log -> {
              b.addPolicy(AiPolicies.extractUsage());
              b.addPolicy(AiPolicies.logCall(log));
              answer.add(Step.of(AiPolicies.EXTRACT_USAGE, AiPolicies.JSON_ANSWER_BODY));
              proxy.addPostClientFlowStep(Step.of(AiPolicies.LOG_CALL));
            });
    if (targetUrl().isPresent()) {
      TargetEndpoint.Builder target =
          TargetEndpoint.builder()
              .name("default")
              .url(targetUrl().get())
              .postFlow(Flow.builder().name("PostFlow").addAllResponseSteps(answer).build());
      if (llmTokenQuota()) {
        b.addPolicy(AiPolicies.tokenCountStream(fallbackTokensPerMinute()));
        target.addEventFlowStep(Step.of(AiPolicies.TOKEN_COUNT_STREAM));
      }
      b.addTargetEndpoint(target.build());
      proxy
          .basePath(basePath().orElse("/v1"))
          .addRouteRule(RouteRule.toTarget("default", "default"));
    } else {
      request.addAllResponseSteps(answer);
      proxy
          .basePath(basePath().orElse(TokenQuotaPreset.BASE_PATH_PREFIX + proxyName()))
          .addRouteRule(RouteRule.noTarget("default"));
    }
    return b.addProxyEndpoint(proxy.preFlow(request.build()).build()).build();
  }

  /** Builder of {@link AiGatewayPreset}. */
  public static final class Builder extends ImmutableAiGatewayPreset.Builder {
    Builder() {}
  }
}
