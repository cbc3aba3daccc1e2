/**
 * The client for an LLM gateway built from the GKE Inference Gateway and Apigee: typed
 * OpenAI-compatible chat, completions and models calls with typed errors, retries and streaming.
 *
 * <p>The API is the packages exported to everyone. The {@code internal} packages are the SDK's
 * shared infrastructure (HTTP policy, argument checks, redaction, JSON setup); they are exported
 * only to the SDK's own modules and may change without notice. The JSON-bound packages are opened
 * to Jackson, which reads and writes their private fields.
 */
@SuppressWarnings({
  "module", // the qualified exports name modules that are built after this one
  "requires-automatic", // Google Auth Library has only Automatic-Module-Names
  "requires-transitive-automatic"
})
module dev.llmgateway.client {
  requires transitive okhttp3;
  requires tools.jackson.databind;
  requires dev.failsafe.core;
  requires static transitive org.jspecify;
  // Compile time only: the @Value annotations of the generated wire models (Immutables). Transitive
  // like JSpecify, since the annotations sit on exported types (javac's exports lint).
  requires static transitive org.immutables.value;
  // Optional: only GoogleBearerTokenProvider needs Google Auth Library; its API names
  // OAuth2Credentials, whose superclass lives in com.google.auth.
  requires static transitive com.google.auth.oauth2;
  requires static com.google.auth;

  exports dev.llmgateway.client;
  exports dev.llmgateway.client.chat;
  exports dev.llmgateway.client.common;
  exports dev.llmgateway.client.completions;
  exports dev.llmgateway.client.errors;
  exports dev.llmgateway.client.models;
  exports dev.llmgateway.client.internal.check to
      dev.llmgateway.admin,
      dev.llmgateway.emulator;
  exports dev.llmgateway.client.internal.http to
      dev.llmgateway.admin,
      dev.llmgateway.emulator;
  exports dev.llmgateway.client.internal.json to
      dev.llmgateway.admin,
      dev.llmgateway.emulator;
  exports dev.llmgateway.client.internal.log to
      dev.llmgateway.admin,
      dev.llmgateway.emulator;
  // The one retry engine and Retry-After parser, which the admin's Apigee transport runs on.
  exports dev.llmgateway.client.internal.retry to
      dev.llmgateway.admin;

  opens dev.llmgateway.client.chat to
      tools.jackson.databind;
  opens dev.llmgateway.client.common to
      tools.jackson.databind;
  opens dev.llmgateway.client.completions to
      tools.jackson.databind;
  opens dev.llmgateway.client.models to
      tools.jackson.databind;
  opens dev.llmgateway.client.internal.json to
      tools.jackson.databind;
}
