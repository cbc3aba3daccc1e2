/**
 * Served models and LoRA adapters ({@code GET /v1/models}): {@link
 * dev.llmgateway.client.models.Model}.
 */
@NullMarked
package dev.llmgateway.client.models;

import org.jspecify.annotations.NullMarked;
