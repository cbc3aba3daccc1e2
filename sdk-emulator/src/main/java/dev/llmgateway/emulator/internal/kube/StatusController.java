package dev.llmgateway.emulator.internal.kube;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The part of a cluster controller the emulator plays: from an object (and whatever else is stored)
 * it computes the status the real controller would write.
 */
interface StatusController {

  /** Returns the group of the resource the controller owns the status of. */
  String group();

  /** Returns the version. */
  String version();

  /** Returns the plural. */
  String plural();

  /** Returns the field manager of the controller's status writes. */
  String manager();

  /**
   * Returns the status to write for {@code object}, or null to leave it alone.
   *
   * @param object the stored object (do not change it)
   * @param now the time for condition transitions
   */
  @Nullable JsonNode desired(ObjectNode object, String now);
}
