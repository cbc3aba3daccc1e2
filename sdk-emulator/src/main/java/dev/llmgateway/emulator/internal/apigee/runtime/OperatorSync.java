package dev.llmgateway.emulator.internal.apigee.runtime;

import dev.llmgateway.admin.apigee.model.ApiProduct;
import dev.llmgateway.admin.apigee.model.Attribute;
import dev.llmgateway.admin.apigee.model.Operation;
import dev.llmgateway.admin.apigee.model.OperationConfig;
import dev.llmgateway.admin.apigee.model.OperationGroup;
import dev.llmgateway.admin.apigee.model.Quota;
import dev.llmgateway.admin.apigee.model.QuotaTimeUnit;
import dev.llmgateway.admin.k8s.apim.ApiOperationSet;
import dev.llmgateway.admin.k8s.apim.ApiOperationSetSpec;
import dev.llmgateway.admin.k8s.apim.ApigeeBackendService;
import dev.llmgateway.admin.k8s.common.ObjectRef;
import dev.llmgateway.emulator.internal.ClusterState;
import dev.llmgateway.emulator.internal.apigee.store.ApigeeStore;
import dev.llmgateway.emulator.internal.apigee.store.OrgStore;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Does what the APIM operator does with APIProduct and APIOperationSet resources: each APIProduct
 * becomes an API product of the organization that has the environment of the ApigeeBackendService
 * it enforces (the first organization when none has it), named like the resource, bound to that
 * environment, with one operation config per APIOperationSet that references it ({@code apiSource}
 * is the ApigeeBackendService's name, operations from {@code restOperations}, its quota). Without
 * an operation set the product covers the backend's proxy ({@code proxies}). Pieces the sdk-admin
 * model rejects (which the CRDs would reject too) are left out.
 */
final class OperatorSync {

  private OperatorSync() {}

  static void sync(ClusterState cluster, ApigeeStore store) {
    Map<String, ApigeeBackendService> services = new HashMap<>();
    for (ApigeeBackendService s : cluster.list(ApigeeBackendService.class)) {
      services.put(key(s.getMetadata().getNamespace(), s.getMetadata().getName()), s);
    }
    List<ApiOperationSet> sets = cluster.list(ApiOperationSet.class);
    Map<OrgStore, Map<String, ApiProduct>> desired = new LinkedHashMap<>();
    store.organizations().forEach(o -> desired.put(o, new LinkedHashMap<>()));
    for (var cr : cluster.list(dev.llmgateway.admin.k8s.apim.ApiProduct.class)) {
      if (cr.getSpec() == null) {
        continue;
      }
      String ns = Backend.namespace(cr.getMetadata().getNamespace());
      ApigeeBackendService backend = null;
      for (ObjectRef ref : cr.getSpec().enforcementRefs()) {
        backend =
            backend != null
                ? backend
                : services.get(key(ref.namespace() == null ? ns : ref.namespace(), ref.name()));
      }
      String env =
          backend == null || backend.getSpec() == null ? null : backend.getSpec().apigeeEnv();
      OrgStore org = env == null ? null : store.withEnvironment(env);
      org = org != null ? org : store.organizations().get(0);
      ApiProduct p = product(cr, ns, backend, env, sets);
      if (p != null) {
        desired.get(org).put(p.name(), p);
      }
    }
    desired.forEach((org, products) -> org.products().syncFromOperator(products));
  }

  private static @Nullable ApiProduct product(
      dev.llmgateway.admin.k8s.apim.ApiProduct cr,
      String ns,
      @Nullable ApigeeBackendService backend,
      @Nullable String env,
      List<ApiOperationSet> sets) {
    var spec = cr.getSpec();
    String name = cr.getMetadata().getName();
    String source = backend == null ? name : backend.getMetadata().getName();
    try {
      ApiProduct.Builder b =
          ApiProduct.builder()
              .name(name)
              .displayName(spec.displayName() == null ? name : spec.displayName())
              .description(spec.description())
              .approvalType(spec.approvalType() == null ? "auto" : spec.approvalType());
      if (env != null) {
        b.environments(List.of(env));
      }
      spec.attributes().forEach(a -> b.addAttribute(Attribute.of(a.name(), a.value())));
      OperationGroup.Builder group = OperationGroup.builder();
      int configs = 0;
      for (ApiOperationSet set : sets) {
        if (set.getSpec() != null && references(set, name, ns)) {
          group.addOperationConfig(config(set.getSpec(), source));
          configs++;
        }
      }
      if (configs > 0) {
        b.operationGroup(group.build());
      } else {
        b.proxies(List.of(source));
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static OperationConfig config(ApiOperationSetSpec spec, String source) {
    OperationConfig.Builder c = OperationConfig.builder().apiSource(source);
    for (ApiOperationSetSpec.RestOperation op : spec.restOperations()) {
      c.addOperation(Operation.builder().resource(op.path()).methods(op.methods()).build());
    }
    ApiOperationSetSpec.Quota q = spec.quota();
    if (q != null) {
      c.quota(Quota.of(q.limit(), q.interval(), QuotaTimeUnit.of(q.timeUnit())));
    }
    return c.build();
  }

  private static boolean references(ApiOperationSet set, String product, String productNs) {
    String ns = Backend.namespace(set.getMetadata().getNamespace());
    for (ObjectRef ref : set.getSpec().apiProductRefs()) {
      if (ref.name().equals(product)
          && (ref.namespace() == null ? ns : ref.namespace()).equals(productNs)) {
        return true;
      }
    }
    return false;
  }

  private static String key(@Nullable String namespace, String name) {
    return Backend.namespace(namespace) + "/" + name;
  }
}
