/**
 * Value types shared by the custom resources of the gateway: object references and the status that
 * controllers write back.
 */
@NullMarked
package dev.llmgateway.admin.k8s.common;

import org.jspecify.annotations.NullMarked;
