package dev.llmgateway.admin.stack;

import dev.llmgateway.admin.apigee.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The readiness of every part of the stack, in apply order.
 *
 * <p>Immutable; made by {@link InferenceGatewayStack#status()}.
 */
@Value.Immutable
@ValueStyle
public abstract class StackStatus {

  StackStatus() {}

  /**
   * Creates a status.
   *
   * @param parts the parts in apply order
   * @return the status
   */
  public static StackStatus of(List<PartStatus> parts) {
    return ImmutableStackStatus.builder().parts(parts).build();
  }

  /**
   * Returns each part's readiness.
   *
   * @return the parts in apply order
   */
  public abstract List<PartStatus> parts();

  /**
   * Returns whether every part is ready.
   *
   * @return true when every part is ready
   */
  public boolean ready() {
    return parts().stream().allMatch(PartStatus::ready);
  }

  /**
   * Returns the parts that are not ready.
   *
   * @return the parts, possibly none
   */
  public List<PartStatus> notReady() {
    return parts().stream().filter(p -> !p.ready()).toList();
  }

  /**
   * Returns the status as a table with the columns TARGET, KIND, NAME, READY and DETAIL, and a last
   * line saying how many parts are ready.
   *
   * @return the table
   */
  public String toTable() {
    TextTable table = new TextTable("TARGET", "KIND", "NAME", "READY", "DETAIL");
    for (PartStatus p : parts()) {
      table.row(p.target().label(), p.kind(), p.name(), p.ready() ? "yes" : "NO", p.detail());
    }
    return table
        + "Status: "
        + (parts().size() - notReady().size())
        + " of "
        + parts().size()
        + " parts ready.\n";
  }

  @Override
  public String toString() {
    return toTable();
  }
}
