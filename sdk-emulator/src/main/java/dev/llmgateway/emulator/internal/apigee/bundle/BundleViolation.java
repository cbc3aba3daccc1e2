package dev.llmgateway.emulator.internal.apigee.bundle;

/**
 * A reason Apigee would reject a proxy bundle on import, with the file it concerns.
 *
 * @param filename the path inside the zip, e.g. {@code apiproxy/policies/Q-Quota.xml}
 * @param description what is wrong
 */
public record BundleViolation(String filename, String description) {}
