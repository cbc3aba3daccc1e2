package dev.llmgateway.admin.apigee;

import dev.llmgateway.admin.apigee.errors.ApigeeNotFoundException;
import dev.llmgateway.admin.apigee.internal.ApigeeContext;
import dev.llmgateway.admin.apigee.internal.NameRules;
import dev.llmgateway.admin.apigee.internal.Pages;
import dev.llmgateway.admin.apigee.model.ApiProductRef;
import dev.llmgateway.admin.apigee.model.ConsumerKey;
import dev.llmgateway.admin.apigee.model.Credential;
import dev.llmgateway.admin.apigee.model.DeveloperApp;
import dev.llmgateway.admin.apigee.names.AppKeyName;
import dev.llmgateway.admin.apigee.names.DeveloperAppName;
import dev.llmgateway.admin.apigee.names.DeveloperName;
import dev.llmgateway.client.internal.check.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Apps of developers ({@code organizations/{org}/developers/{email}/apps}). Obtain from {@link
 * ApigeeClient#developerApps()}. This class is thread-safe.
 */
public final class DeveloperApps {

  private final ApigeeContext ctx;
  private final AppKeys keys;

  DeveloperApps(ApigeeContext ctx) {
    this.ctx = ctx;
    this.keys = new AppKeys(ctx);
  }

  /**
   * Returns the typed name of an app.
   *
   * @param developerEmail the developer's email
   * @param app the app name
   * @return the name
   * @throws IllegalArgumentException if a part is invalid; the message names it
   */
  public DeveloperAppName name(String developerEmail, String app) {
    return DeveloperAppName.of(DeveloperName.of(ctx.organization(), developerEmail), app);
  }

  /**
   * Creates an app subscribed to its {@link DeveloperApp#apiProducts()} ({@code POST
   * .../developers/{email}/apps}); Apigee generates its first key.
   *
   * @param developerEmail the owning developer's email
   * @param app the app
   * @return the app as stored, with its credentials
   */
  public DeveloperApp create(String developerEmail, DeveloperApp app) {
    Checks.notNullArgument(app, "app");
    DeveloperName developer = DeveloperName.of(ctx.organization(), developerEmail);
    return ctx.http()
        .call("POST", developer)
        .segments("apps")
        .json(ctx.json().write(app))
        .ifUnsure(
            "check with developerApps().find(\""
                + developerEmail
                + "\", \""
                + app.name()
                + "\"), or use developerApps().ensure(..), which reads it back")
        .read("developer app", ctx.json().reader(DeveloperApp.class));
  }

  /**
   * Reads an app with its credentials.
   *
   * @param developerEmail the developer's email
   * @param app the app name
   * @return the app
   * @throws ApigeeNotFoundException if there is no such app or developer
   */
  public DeveloperApp get(String developerEmail, String app) {
    return ctx.http()
        .call("GET", name(developerEmail, app))
        .read("developer app", ctx.json().reader(DeveloperApp.class));
  }

  /**
   * Reads an app if it exists.
   *
   * @param developerEmail the developer's email
   * @param app the app name
   * @return the app, or empty
   */
  public Optional<DeveloperApp> find(String developerEmail, String app) {
    DeveloperAppName name = name(developerEmail, app);
    try {
      return Optional.of(
          ctx.http()
              .call("GET", name)
              .read("developer app", ctx.json().reader(DeveloperApp.class)));
    } catch (ApigeeNotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * Lists a developer's apps with their credentials ({@code GET
   * .../developers/{email}/apps?expand=true}, following {@code startKey} pages).
   *
   * @param developerEmail the developer's email
   * @return the apps
   */
  public List<DeveloperApp> list(String developerEmail) {
    DeveloperName developer = DeveloperName.of(ctx.organization(), developerEmail);
    return Pages.all(
        startKey -> {
          var call =
              ctx.http()
                  .call("GET", developer)
                  .segments("apps")
                  .query("expand", "true")
                  .query("count", Integer.toString(Pages.PAGE_SIZE));
          if (startKey != null) {
            call.query("startKey", startKey);
          }
          return call.send();
        },
        "app",
        ctx.json().reader(DeveloperApp.class),
        DeveloperApp::name);
  }

  /**
   * Replaces an app's settings ({@code PUT .../apps/{app}}); add API products to keys with {@link
   * AppKeys#addApiProducts}, not here.
   *
   * @param developerEmail the developer's email
   * @param app the app; its name identifies it
   * @return the app as stored
   */
  public DeveloperApp update(String developerEmail, DeveloperApp app) {
    Checks.notNullArgument(app, "app");
    return ctx.http()
        .call("PUT", name(developerEmail, app.name()))
        .json(ctx.json().write(app))
        .read("developer app", ctx.json().reader(DeveloperApp.class));
  }

  /**
   * Deletes an app and its keys.
   *
   * @param developerEmail the developer's email
   * @param app the app name
   * @return true if it was deleted, false if it did not exist
   */
  public boolean delete(String developerEmail, String app) {
    DeveloperAppName name = name(developerEmail, app);
    try {
      ctx.http().call("DELETE", name).send();
      return true;
    } catch (ApigeeNotFoundException e) {
      return false;
    }
  }

  /**
   * Approves an app ({@code POST .../apps/{app}?action=approve}).
   *
   * @param developerEmail the developer's email
   * @param app the app name
   */
  public void approve(String developerEmail, String app) {
    action(developerEmail, app, "approve");
  }

  /**
   * Revokes an app ({@code POST .../apps/{app}?action=revoke}); its keys stop working.
   *
   * @param developerEmail the developer's email
   * @param app the app name
   */
  public void revoke(String developerEmail, String app) {
    action(developerEmail, app, "revoke");
  }

  private void action(String developerEmail, String app, String action) {
    ctx.http()
        .call("POST", name(developerEmail, app))
        .query("action", action)
        .emptyBody()
        .ifUnsure("check the app's status with developerApps().get(..)")
        .send();
  }

  /**
   * Creates the app if absent; otherwise adds the API products no key of the app has to its first
   * approved key, updates the callback URL and attributes if they differ, and writes nothing if
   * everything is as requested. A create answered with 409, a server error or a connection failure
   * is settled by reading the app back (never by posting again).
   *
   * @param developerEmail the developer's email
   * @param app the desired app
   * @return the app as it now is, and what was done
   */
  public Ensured<DeveloperApp> ensure(String developerEmail, DeveloperApp app) {
    Checks.notNullArgument(app, "app");
    Optional<DeveloperApp> existing = find(developerEmail, app.name());
    if (existing.isEmpty()) {
      Creation<DeveloperApp> c =
          Creation.createOrReadBack(
              () -> create(developerEmail, app), () -> find(developerEmail, app.name()));
      if (c.created()) {
        return Ensured.of(c.value(), Ensured.Action.CREATED);
      }
      existing = Optional.of(c.value());
    }
    DeveloperApp original = existing.get();
    DeveloperApp current = original;
    boolean changed = false;
    if (settingsDiffer(current, app)) {
      DeveloperApp.Builder update =
          current.toBuilder().apiProducts(List.of()).credentials(List.of());
      app.callbackUrl().ifPresent(update::callbackUrl);
      if (!app.attributes().isEmpty()) {
        update.attributes(app.attributes());
      }
      current = update(developerEmail, update.build());
      changed = true;
    }
    List<String> missing = missingProducts(current, app.apiProducts());
    if (!missing.isEmpty()) {
      Credential target =
          current.credentials().stream()
              .filter(c -> "approved".equalsIgnoreCase(c.status()))
              .findFirst()
              .or(() -> original.credentials().stream().findFirst())
              .orElse(null);
      DeveloperAppName appName = name(developerEmail, app.name());
      if (target == null) {
        throw new IllegalStateException(
            "app '" + app.name() + "' has no key to add apiProducts " + missing + " to");
      }
      keys.addApiProducts(AppKeyName.of(appName, target.consumerKey().value()), missing);
      current = get(developerEmail, app.name());
      changed = true;
    }
    return Ensured.of(current, changed ? Ensured.Action.UPDATED : Ensured.Action.UNCHANGED);
  }

  /**
   * Returns an approved, unexpired consumer key of the app that is approved for {@code apiProduct}:
   * the value clients send in {@code x-api-key}.
   *
   * @param developerEmail the developer's email
   * @param app the app name
   * @param apiProduct the API product name
   * @return the key, or empty if no key is approved for the product
   * @throws ApigeeNotFoundException if the app does not exist
   */
  public Optional<ConsumerKey> approvedKey(String developerEmail, String app, String apiProduct) {
    NameRules.apiProduct(apiProduct);
    long now = ctx.clock().millis();
    return get(developerEmail, app).credentials().stream()
        .filter(c -> c.approvedFor(apiProduct, now))
        .map(Credential::consumerKey)
        .findFirst();
  }

  private static boolean settingsDiffer(DeveloperApp current, DeveloperApp desired) {
    if (desired.callbackUrl().isPresent() && !desired.callbackUrl().equals(current.callbackUrl())) {
      return true;
    }
    return !desired.attributes().isEmpty()
        && !new HashSet<>(desired.attributes()).equals(new HashSet<>(current.attributes()));
  }

  private static List<String> missingProducts(DeveloperApp current, List<String> wanted) {
    HashSet<String> present = new HashSet<>();
    for (Credential c : current.credentials()) {
      for (ApiProductRef ref : c.apiProducts()) {
        present.add(ref.apiProduct());
      }
    }
    List<String> missing = new ArrayList<>();
    for (String p : wanted) {
      if (!present.contains(p)) {
        missing.add(p);
      }
    }
    return missing;
  }
}
