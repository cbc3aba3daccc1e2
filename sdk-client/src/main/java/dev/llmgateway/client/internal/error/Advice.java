package dev.llmgateway.client.internal.error;

import org.jspecify.annotations.Nullable;

/** What to do about an error, by error code, for exception messages (DESIGN table 9.1). */
final class Advice {
  private Advice() {}

  static String authentication(@Nullable String code) {
    if (code == null) {
      return "Check the API key or bearer token.";
    }
    switch (code) {
      case "steps.oauth.v2.FailedToResolveAPIKey":
        return "No API key was found in the request: set one with GatewayClient.Builder.apiKey(..)"
            + " and check apiKeyHeader matches the header the proxy reads.";
      case "oauth.v2.InvalidApiKey":
        return "The API key is unknown to Apigee: use the key of a developer app.";
      case "oauth.v2.InvalidApiKeyForGivenResource":
        return "The key's API products do not cover this path, method or environment: add the"
            + " operation to the product or use a key of an app subscribed to one that covers it.";
      case "oauth.v2.ApiKeyNotApproved":
      case "keymanagement.service.consumer_key_expired":
        return "The API key was revoked or has expired: create or approve a key for the app.";
      case "keymanagement.service.invalid_client-app_not_approved":
        return "The developer app was revoked: approve the app.";
      case "keymanagement.service.DeveloperStatusNotActive":
        return "The app's developer is inactive: activate the developer.";
      default:
        return "Check the API key or bearer token: it must exist, be approved and belong to an"
            + " API product that covers this path.";
    }
  }

  static String badRequest(@Nullable String code) {
    if (ErrorKind.isModelArmorBlock(code)) {
      return "A Model Armor template of the gateway blocked the prompt or the answer; change the"
          + " prompt (the same one is blocked again).";
    }
    if ("policies.llmtokenquota.FailedToResolveModelName".equals(code)) {
      return "The gateway's token quota could not read the model name from the request; set"
          + " model.";
    }
    if ("policies.prompttokenlimit.FailedToExtractUserPrompt".equals(code)) {
      return "The gateway's prompt-token limit could not read the prompt; send the last message's"
          + " content as text.";
    }
    return "Fix the request; retrying will not help.";
  }

  static String server(@Nullable String code) {
    if ("steps.raisefault.RaiseFault".equals(code)) {
      return "An Apigee RaiseFault policy rejected the call; with the APIM operator's default"
          + " security this means no API product covers the request yet: create the APIProduct"
          + " and APIOperationSet and call with the key of an app subscribed to it.";
    }
    return "Retry later, or report it with the request id.";
  }
}
