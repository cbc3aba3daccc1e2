package dev.llmgateway.emulator.internal.apigee.bundle;

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
        RaiseFaultDef {

  /**
   * Returns the name, type and flags.
   *
   * @return the common part
   */
  PolicyCommon common();
}
