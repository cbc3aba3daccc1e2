/** Implementation details of the Apigee client; not part of the public API. */
@org.jspecify.annotations.NullMarked
package dev.llmgateway.admin.apigee.internal;
