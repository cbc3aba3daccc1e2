package dev.llmgateway.admin.stack;

import dev.llmgateway.admin.apigee.ApigeeClient;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole plan in apply order: the cluster objects, the Apigee API product, developer and app,
 * the proxy revision and deployment, then the orphans (Apigee's, then the cluster's).
 */
final class Planner {

  private final ClusterPlanner cluster;
  private final ApigeePlanner apigee;
  private final ProxyPlanner proxy;
  private final ApigeeOrphans apigeeOrphans;

  Planner(ClusterOps ops, ApigeeClient client, StackSettings settings) {
    Polling polling =
        new Polling(settings.clock(), settings.sleeper(), settings.apigeeTimeout(), POLL_INTERVAL);
    this.cluster = new ClusterPlanner(ops);
    this.apigee = new ApigeePlanner(client, polling);
    this.proxy = new ProxyPlanner(client, settings.apigeeTimeout());
    this.apigeeOrphans = new ApigeeOrphans(client, polling);
  }

  /** The wait between reads of Apigee while the operator or a deployment catches up. */
  static final java.time.Duration POLL_INTERVAL = java.time.Duration.ofSeconds(5);

  List<PlanItem> plan(Desired d) {
    List<PlanItem> items = new ArrayList<>(cluster.plan(d));
    items.add(apigee.product(d));
    items.add(apigee.developer(d));
    items.add(apigee.app(d));
    if (d.bundle() != null) {
      items.addAll(proxy.plan(d.bundle(), d.inputs().apigeeEnv()));
    }
    items.addAll(apigeeOrphans.plan(d));
    items.addAll(cluster.orphans(d));
    return items;
  }

  ClusterPlanner cluster() {
    return cluster;
  }

  ApigeeOrphans apigeeOrphans() {
    return apigeeOrphans;
  }
}
