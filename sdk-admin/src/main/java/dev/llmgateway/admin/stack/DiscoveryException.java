package dev.llmgateway.admin.stack;

/**
 * What the guide looks up with kubectl could not be found: no model-server pod with an {@code app}
 * label, pods with different labels (the message names them), or a Gateway without an address.
 */
public final class DiscoveryException extends StackException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what was looked up, what was found and what to set instead
   */
  public DiscoveryException(String message) {
    super(message, null);
  }
}
