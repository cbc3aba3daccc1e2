package dev.llmgateway.admin.stack;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.admin.apigee.Ensured;
import dev.llmgateway.admin.apigee.model.ApiProduct;
import dev.llmgateway.admin.apigee.model.ApiProductRef;
import dev.llmgateway.admin.apigee.model.Credential;
import dev.llmgateway.admin.apigee.model.Developer;
import dev.llmgateway.admin.apigee.model.DeveloperApp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Plans the Apigee entities of the stack that are not proxies: the API product (made by the APIM
 * operator from the cluster's APIProduct, so apply waits for it), the developer and the app, with
 * the same comparisons the {@code ensure(..)} methods make.
 */
final class ApigeePlanner {

  private final ApigeeClient apigee;
  private final Polling polling;

  ApigeePlanner(ApigeeClient apigee, Polling polling) {
    this.apigee = apigee;
    this.polling = polling;
  }

  PlanItem product(Desired d) {
    String name = d.inputs().productName();
    Optional<ProductShape> wanted = d.operationSet().map(ProductShape::wanted);
    Optional<ApiProduct> live = apigee.apiProducts().find(name);
    PlannedChange.Builder change =
        PlannedChange.builder().target(Target.APIGEE).kind("API product").name(name);
    String subject = "API product " + name;
    String operator = "made by the APIM operator from APIProduct " + d.inputs().namespace() + "/";
    if (live.isEmpty()) {
      return new PlanItem(
          change.action(ChangeAction.CREATE).note(operator + name).build(),
          new Step(subject, waits -> awaitProduct(name, wanted, Outcome.CREATED, waits)));
    }
    List<String> changes =
        wanted.map(w -> w.changesFrom(ProductShape.of(live.get()))).orElse(List.of());
    if (changes.isEmpty()) {
      return new PlanItem(
          change.action(ChangeAction.UNCHANGED).build(),
          new Step(subject, waits -> awaitProduct(name, wanted, Outcome.UNCHANGED, waits)));
    }
    return new PlanItem(
        change
            .action(ChangeAction.UPDATE)
            .changedFields(changes)
            .note("the APIM operator updates it from the APIOperationSet")
            .build(),
        new Step(subject, waits -> awaitProduct(name, wanted, Outcome.UPDATED, waits)));
  }

  /** Waits until the operator has made the product as the operation set says. */
  private Step.Done awaitProduct(
      String name, Optional<ProductShape> wanted, Outcome outcome, Progress.Waits waits) {
    List<String> last =
        polling.until(
            "the APIM operator to sync API product " + name,
            () -> {
              Optional<ApiProduct> p = apigee.apiProducts().find(name);
              if (p.isEmpty()) {
                return List.of("absent");
              }
              return wanted.map(w -> w.changesFrom(ProductShape.of(p.get()))).orElse(List.of());
            },
            List::isEmpty,
            waits);
    return new Step.Done(outcome, last.isEmpty() ? "in Apigee" : String.join(", ", last));
  }

  PlanItem developer(Desired d) {
    Developer wanted = d.developer();
    Optional<Developer> live = apigee.developers().find(wanted.email());
    PlannedChange.Builder change =
        PlannedChange.builder().target(Target.APIGEE).kind("developer").name(wanted.email());
    Step step =
        new Step(
            "developer " + wanted.email(),
            waits -> done(apigee.developers().ensure(wanted).action(), ""));
    if (live.isEmpty()) {
      return new PlanItem(change.action(ChangeAction.CREATE).build(), step);
    }
    List<String> fields = new ArrayList<>();
    Developer l = live.get();
    differs(fields, "firstName", l.firstName(), wanted.firstName());
    differs(fields, "lastName", l.lastName(), wanted.lastName());
    differs(fields, "userName", l.userName(), wanted.userName());
    if (!new HashSet<>(l.attributes()).equals(new HashSet<>(wanted.attributes()))) {
      fields.add("attributes");
    }
    return new PlanItem(action(change, fields).build(), step);
  }

  PlanItem app(Desired d) {
    String email = d.developer().email();
    DeveloperApp wanted = d.app();
    String product = d.inputs().productName();
    Optional<DeveloperApp> live =
        apigee.developers().find(email).isEmpty()
            ? Optional.empty()
            : apigee.developerApps().find(email, wanted.name());
    PlannedChange.Builder change =
        PlannedChange.builder().target(Target.APIGEE).kind("app").name(email + "/" + wanted.name());
    Step step =
        new Step(
            "app " + email + "/" + wanted.name(),
            waits -> {
              Ensured<DeveloperApp> ensured = apigee.developerApps().ensure(email, wanted);
              if (apigee.developerApps().approvedKey(email, wanted.name(), product).isEmpty()) {
                throw new IllegalStateException(
                    "app "
                        + wanted.name()
                        + " has no key approved for "
                        + product
                        + ": approve one (is the product's approvalType manual?)");
              }
              return done(ensured.action(), "has a key approved for " + product);
            });
    if (live.isEmpty()) {
      return new PlanItem(change.action(ChangeAction.CREATE).build(), step);
    }
    DeveloperApp l = live.get();
    List<String> fields = new ArrayList<>();
    if (wanted.callbackUrl().isPresent() && !wanted.callbackUrl().equals(l.callbackUrl())) {
      fields.add("callbackUrl");
    }
    if (!new HashSet<>(l.attributes()).equals(new HashSet<>(wanted.attributes()))) {
      fields.add("attributes");
    }
    for (String p : wanted.apiProducts()) {
      if (!subscribed(l, p)) {
        fields.add("apiProducts: +" + p);
      }
    }
    return new PlanItem(action(change, fields).build(), step);
  }

  static boolean subscribed(DeveloperApp app, String product) {
    for (Credential c : app.credentials()) {
      for (ApiProductRef ref : c.apiProducts()) {
        if (ref.apiProduct().equals(product)) {
          return true;
        }
      }
    }
    return false;
  }

  private static PlannedChange.Builder action(PlannedChange.Builder b, List<String> fields) {
    return fields.isEmpty()
        ? b.action(ChangeAction.UNCHANGED)
        : b.action(ChangeAction.UPDATE).changedFields(fields);
  }

  private static void differs(List<String> fields, String field, String live, String wanted) {
    if (!live.equals(wanted)) {
      fields.add(field + ": " + live + " -> " + wanted);
    }
  }

  static Step.Done done(Ensured.Action action, String message) {
    Outcome outcome =
        switch (action) {
          case CREATED -> Outcome.CREATED;
          case UPDATED -> Outcome.UPDATED;
          case UNCHANGED -> Outcome.UNCHANGED;
        };
    return new Step.Done(outcome, message);
  }
}
