package dev.llmgateway.emulator.internal.apigee.bundle;

import org.jspecify.annotations.Nullable;

/**
 * A policy of a bundle as the emulator executes it: the configuration read from its XML, checked at
 * deployment. One record type per supported policy type.
 */
public sealed interface PolicyDef
    permits VerifyApiKeyDef,
        QuotaDef,
        ExtractVariablesDef,
        SpikeArrestDef,
        AssignMessageDef,
        RaiseFaultDef,
        LlmTokenQuotaDef,
        PromptTokenLimitDef,
        SemanticCacheDef,
        SanitizeDef,
        MessageLoggingDef {

  /**
   * Returns the name, type and flags.
   *
   * @return the common part
   */
  PolicyCommon common();

  /**
   * Returns what the emulator does differently from Apigee with this policy, logged when a revision
   * with it is deployed; null when it executes the policy as Apigee does.
   *
   * @return the notice, or null
   */
  default @Nullable String notice() {
    return null;
  }
}
