package dev.llmgateway.admin.stack;

/** What {@link InferenceGatewayStack#destroy(SharedParts)} does with parts others may use. */
public enum SharedParts {
  /**
   * Keeps a part another user of the organization still uses (the default): the API product's
   * APIProduct and APIOperationSet while apps other than the stack's subscribe to it, the developer
   * while it owns other apps, the proxy while a revision of it is deployed in another environment.
   */
  KEEP_IF_USED,
  /** Deletes every part of the stack, whoever else uses it. */
  DELETE
}
