/** Implementation details of the Kubernetes half of sdk-admin; not public API. */
@NullMarked
package dev.llmgateway.admin.k8s.internal;

import org.jspecify.annotations.NullMarked;
