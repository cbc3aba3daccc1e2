/**
 * Runnable scenarios: {@code QuickStart} (the README's main job: the setup guide end to end on the
 * gateway emulator), {@code RenderGuide} (every cluster object of the setup guide as YAML) and
 * {@code ApigeeSetup} (the guide's Apigee steps).
 */
@NullMarked
package dev.llmgateway.examples;

import org.jspecify.annotations.NullMarked;
