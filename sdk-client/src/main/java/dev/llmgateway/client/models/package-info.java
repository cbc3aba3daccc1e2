/**
 * Served models and LoRA adapters ({@code GET /v1/models}): {@link
 * dev.llmgateway.client.models.Model}.
 *
 * <pre>{@code
 * for (Model m : client.models().list()) {
 *   System.out.println(m.id() + " max " + m.maxModelLen());
 * }
 * }</pre>
 */
@NullMarked
package dev.llmgateway.client.models;

import org.jspecify.annotations.NullMarked;
