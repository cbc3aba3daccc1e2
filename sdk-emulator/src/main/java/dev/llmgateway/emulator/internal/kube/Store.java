package dev.llmgateway.emulator.internal.kube;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stored objects as the write pipeline and the controllers see them. Returned nodes are shared:
 * copy before changing. Writes go through {@link #save} and {@link #remove}, which keep Fabric8's
 * CRUD map, the parsed index and the watches in step.
 */
interface Store {

  /** Returns the served resources. */
  ApiResources resources();

  /** Returns an object, or null. */
  @Nullable ObjectNode get(ApiResource r, @Nullable String namespace, String name);

  /** Returns the objects of a resource in all namespaces, in creation order. */
  List<ObjectNode> list(ApiResource r);

  /** Returns every object, in creation order. */
  List<ObjectNode> all();

  /** Returns a new, higher resource version. */
  long nextResourceVersion();

  /** Returns the current resource version (of the last change). */
  long currentResourceVersion();

  /**
   * Stores an object (its resourceVersion already set).
   *
   * @param r the resource
   * @param old the object it replaces, or null for a create
   * @param object the object
   */
  void save(ApiResource r, @Nullable ObjectNode old, ObjectNode object);

  /**
   * Removes an object.
   *
   * @param r the resource
   * @param lastState the object as deleted, with the delete's resourceVersion
   */
  void remove(ApiResource r, ObjectNode lastState);
}
