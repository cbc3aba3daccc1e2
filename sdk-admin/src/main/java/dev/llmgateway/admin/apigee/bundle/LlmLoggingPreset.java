package dev.llmgateway.admin.apigee.bundle;

/**
 * LLM logging: the guide's proxy layout (no target, behind the GKE Inference Gateway's traffic
 * extension) with VerifyAPIKey, the request's model and a complete answer's token usage extracted,
 * and a MessageLogging policy in the PostClientFlow that writes one JSON entry per call to Cloud
 * Logging: proxy, app, model, status and prompt, completion and total tokens (empty for streamed
 * answers, which carry no JSON body).
 *
 * <p>Google Cloud: the Cloud Logging API ({@code logging.googleapis.com}) enabled and the proxy
 * deployed with a service account that has Logs Writer ({@code roles/logging.logWriter}).
 *
 * <p>What the client sees: nothing; the entry is written after the response was sent, and a failed
 * write does not change it.
 *
 * <pre>{@code
 * ApiProxyBundle bundle =
 *     LlmLoggingPreset.bundle("projects/{organization.name}/logs/llm-gateway");
 * }</pre>
 */
public final class LlmLoggingPreset {

  /** Name of the MessageLogging policy. */
  public static final String LOG_CALL = AiPolicies.LOG_CALL;

  private LlmLoggingPreset() {}

  /**
   * Returns the proxy {@value TokenQuotaPreset#DEFAULT_PROXY_NAME} with the guide's base path.
   *
   * @param logName the log, {@code projects/{project}/logs/{log id}}
   * @return the bundle
   */
  public static ApiProxyBundle bundle(String logName) {
    return bundle(TokenQuotaPreset.DEFAULT_PROXY_NAME, logName);
  }

  /**
   * Returns the proxy with the given name and base path {@code /v1/samples/{name}}.
   *
   * @param proxyName the proxy name ({@code A-Za-z0-9._-})
   * @param logName the log
   * @return the bundle
   */
  public static ApiProxyBundle bundle(String proxyName, String logName) {
    return AiGatewayPreset.builder().proxyName(proxyName).logName(logName).build().bundle();
  }
}
