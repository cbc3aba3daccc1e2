package dev.llmgateway.admin.stack;

import dev.llmgateway.admin.apigee.model.ApiProduct;
import dev.llmgateway.admin.apigee.model.Operation;
import dev.llmgateway.admin.apigee.model.OperationConfig;
import dev.llmgateway.admin.apigee.model.Quota;
import dev.llmgateway.admin.k8s.apim.ApiOperationSet;
import dev.llmgateway.admin.k8s.apim.ApiOperationSetSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the stack compares of the Apigee API product the APIM operator makes from the APIProduct and
 * APIOperationSet: the quotas and the operations (method and path) of its operation configs.
 * Assumed from the guide: the operator maps the operation set's quota and REST operations onto an
 * operation config; other fields are the operator's to choose and are not compared.
 *
 * @param quotas the quotas, as {@code 100 per 1 minute}
 * @param operations the operations, as {@code POST /v1/chat/completions}
 */
record ProductShape(Set<String> quotas, Set<String> operations) {

  /** Returns the shape the operation set asks for. */
  static ProductShape wanted(ApiOperationSet set) {
    Set<String> quotas = new TreeSet<>();
    Set<String> operations = new TreeSet<>();
    ApiOperationSetSpec spec = set.getSpec();
    if (spec != null) {
      ApiOperationSetSpec.Quota q = spec.quota();
      if (q != null) {
        quotas.add(q.limit() + " per " + q.interval() + " " + q.timeUnit());
      }
      for (ApiOperationSetSpec.RestOperation op : spec.restOperations()) {
        for (String method : op.methods()) {
          operations.add(method + " " + op.path());
        }
      }
    }
    return new ProductShape(quotas, operations);
  }

  /** Returns the shape of a product as read from Apigee. */
  static ProductShape of(ApiProduct product) {
    Set<String> quotas = new TreeSet<>();
    Set<String> operations = new TreeSet<>();
    product.quota().map(Quota::toString).ifPresent(quotas::add);
    if (product.operationGroup().isPresent()) {
      for (OperationConfig c : product.operationGroup().get().operationConfigs()) {
        c.quota().map(Quota::toString).ifPresent(quotas::add);
        for (Operation op : c.operations()) {
          for (String method : op.methods()) {
            operations.add(method + " " + op.resource());
          }
        }
      }
    }
    return new ProductShape(quotas, operations);
  }

  /** Returns the differences from {@code live} to this shape, as {@code field: old -> new}. */
  List<String> changesFrom(ProductShape live) {
    List<String> changes = new ArrayList<>();
    if (!live.quotas.equals(quotas)) {
      changes.add("quota: " + text(live.quotas) + " -> " + text(quotas));
    }
    if (!live.operations.equals(operations)) {
      changes.add("operations: " + text(live.operations) + " -> " + text(operations));
    }
    return changes;
  }

  private static String text(Set<String> values) {
    return values.isEmpty() ? "none" : String.join(" + ", values);
  }
}
