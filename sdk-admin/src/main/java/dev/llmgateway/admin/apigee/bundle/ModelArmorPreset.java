package dev.llmgateway.admin.apigee.bundle;

/**
 * Model Armor sanitizing: the guide's proxy layout (no target, behind the GKE Inference Gateway's
 * traffic extension) with VerifyAPIKey, SanitizeUserPrompt on chat requests (the last message) and
 * SanitizeModelResponse on complete chat answers (the first choice), both screened by one Model
 * Armor template. Streamed answers are not screened by this proxy.
 *
 * <p>Google Cloud: the Model Armor API ({@code modelarmor.googleapis.com}) enabled; a Model Armor
 * template created before the proxy, in a region whose regional endpoint ({@code
 * modelarmor.LOCATION.rep.googleapis.com}) serves it; the proxy deployed with a service account
 * that has Model Armor User ({@code roles/modelarmor.user}) and Model Armor Viewer ({@code
 * roles/modelarmor.viewer}); a Comprehensive Apigee environment.
 *
 * <p>What the client sees: a prompt or answer the template blocks is refused by Apigee with an HTTP
 * 4xx fault whose code names the filter match ({@code ...FilterMatched}; the exact code is not in
 * the reference Apigee publishes), a {@code BadRequestException}, never re-sent: the same prompt is
 * blocked again. A Model Armor outage is a 5xx, a {@code ServerException}.
 *
 * <pre>{@code
 * ApiProxyBundle bundle =
 *     ModelArmorPreset.bundle("projects/my-project/locations/us-central1/templates/llm-gateway");
 * }</pre>
 */
public final class ModelArmorPreset {

  /** Name of the SanitizeUserPrompt policy. */
  public static final String SANITIZE_PROMPT = AiPolicies.SANITIZE_PROMPT;

  /** Name of the SanitizeModelResponse policy. */
  public static final String SANITIZE_RESPONSE = AiPolicies.SANITIZE_RESPONSE;

  private ModelArmorPreset() {}

  /**
   * Returns the proxy {@value TokenQuotaPreset#DEFAULT_PROXY_NAME} with the guide's base path.
   *
   * @param templateName the Model Armor template, {@code projects/P/locations/L/templates/ID}
   * @return the bundle
   */
  public static ApiProxyBundle bundle(String templateName) {
    return bundle(TokenQuotaPreset.DEFAULT_PROXY_NAME, templateName);
  }

  /**
   * Returns the proxy with the given name and base path {@code /v1/samples/{name}}.
   *
   * @param proxyName the proxy name ({@code A-Za-z0-9._-})
   * @param templateName the Model Armor template
   * @return the bundle
   */
  public static ApiProxyBundle bundle(String proxyName, String templateName) {
    return AiGatewayPreset.builder()
        .proxyName(proxyName)
        .modelArmorTemplate(templateName)
        .build()
        .bundle();
  }
}
