package dev.llmgateway.admin.apigee;

import dev.llmgateway.admin.apigee.errors.ApigeeNotFoundException;
import dev.llmgateway.admin.apigee.internal.ApigeeContext;
import dev.llmgateway.admin.apigee.internal.Pages;
import dev.llmgateway.admin.apigee.model.Developer;
import dev.llmgateway.admin.apigee.model.DeveloperStatus;
import dev.llmgateway.admin.apigee.names.DeveloperName;
import dev.llmgateway.client.internal.check.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Developers of the organization ({@code organizations/{org}/developers}). Obtain from {@link
 * ApigeeClient#developers()}. This class is thread-safe.
 */
public final class Developers {

  private final ApigeeContext ctx;

  Developers(ApigeeContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Returns the typed name of a developer of this organization.
   *
   * @param email the developer's email (lowercase)
   * @return the name
   * @throws IllegalArgumentException if the email is blank, has '/' or upper case letters
   */
  public DeveloperName name(String email) {
    return DeveloperName.of(ctx.organization(), email);
  }

  /**
   * Creates a developer ({@code POST organizations/{org}/developers}).
   *
   * @param developer the developer
   * @return the developer as stored
   * @throws dev.llmgateway.admin.apigee.errors.ApigeeConflictException if it already exists
   */
  public Developer create(Developer developer) {
    Checks.notNullArgument(developer, "developer");
    return ctx.http()
        .call("POST", ctx.organization())
        .segments("developers")
        .json(ctx.json().write(developer))
        .ifUnsure(
            "check with developers().find(\""
                + developer.email()
                + "\"), or use developers().ensure(..), which reads it back")
        .read("developer", ctx.json().reader(Developer.class));
  }

  /**
   * Reads a developer ({@code GET organizations/{org}/developers/{email}}).
   *
   * @param email the developer's email
   * @return the developer
   * @throws ApigeeNotFoundException if there is no such developer
   */
  public Developer get(String email) {
    return ctx.http()
        .call("GET", name(email))
        .read("developer", ctx.json().reader(Developer.class));
  }

  /**
   * Reads a developer if it exists.
   *
   * @param email the developer's email
   * @return the developer, or empty if there is none
   */
  public Optional<Developer> find(String email) {
    DeveloperName name = name(email);
    try {
      return Optional.of(
          ctx.http().call("GET", name).read("developer", ctx.json().reader(Developer.class)));
    } catch (ApigeeNotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * Lists all developers with their details ({@code GET developers?expand=true}, following {@code
   * startKey} pages).
   *
   * @return the developers
   */
  public List<Developer> list() {
    return Pages.all(
        startKey -> {
          var call =
              ctx.http()
                  .call("GET", ctx.organization())
                  .segments("developers")
                  .query("expand", "true")
                  .query("count", Integer.toString(Pages.PAGE_SIZE));
          if (startKey != null) {
            call.query("startKey", startKey);
          }
          return call.send();
        },
        "developer",
        ctx.json().reader(Developer.class),
        Developer::email);
  }

  /**
   * Replaces a developer's profile ({@code PUT organizations/{org}/developers/{email}}).
   *
   * @param developer the developer; its email identifies it
   * @return the developer as stored
   */
  public Developer update(Developer developer) {
    Checks.notNullArgument(developer, "developer");
    return ctx.http()
        .call("PUT", name(developer.email()))
        .json(ctx.json().write(developer))
        .read("developer", ctx.json().reader(Developer.class));
  }

  /**
   * Deletes a developer and its apps ({@code DELETE organizations/{org}/developers/{email}}).
   *
   * @param email the developer's email
   * @return true if it was deleted, false if it did not exist
   */
  public boolean delete(String email) {
    DeveloperName name = name(email);
    try {
      ctx.http().call("DELETE", name).send();
      return true;
    } catch (ApigeeNotFoundException e) {
      return false;
    }
  }

  /**
   * Activates or deactivates a developer ({@code POST
   * organizations/{org}/developers/{email}?action=active|inactive}); keys of inactive developers
   * are rejected at runtime.
   *
   * @param email the developer's email
   * @param status the new status
   */
  public void setStatus(String email, DeveloperStatus status) {
    Checks.notNullArgument(status, "status");
    ctx.http()
        .call("POST", name(email))
        .query("action", status.wireValue())
        .emptyBody()
        .ifUnsure("check the status with developers().get(\"" + email + "\")")
        .send();
  }

  /**
   * Creates the developer if it is absent, updates its profile if it differs (first name, last
   * name, user name, attributes), and writes nothing if it is equal. A create answered with 409, a
   * server error or a connection failure is settled by reading the developer back (never by posting
   * again).
   *
   * @param developer the desired developer
   * @return the developer as it now is, and what was done
   */
  public Ensured<Developer> ensure(Developer developer) {
    Checks.notNullArgument(developer, "developer");
    Optional<Developer> existing = find(developer.email());
    if (existing.isEmpty()) {
      Creation<Developer> c =
          Creation.createOrReadBack(() -> create(developer), () -> find(developer.email()));
      if (c.created()) {
        return Ensured.of(c.value(), Ensured.Action.CREATED);
      }
      existing = Optional.of(c.value());
    }
    Developer current = existing.get();
    if (sameProfile(current, developer)) {
      return Ensured.of(current, Ensured.Action.UNCHANGED);
    }
    Developer merged = developer.toBuilder().build();
    if (developer.additionalProperties().isEmpty()) {
      merged = developer.toBuilder().additionalProperties(current.additionalProperties()).build();
    }
    return Ensured.of(update(merged), Ensured.Action.UPDATED);
  }

  private static boolean sameProfile(Developer a, Developer b) {
    return a.firstName().equals(b.firstName())
        && a.lastName().equals(b.lastName())
        && a.userName().equals(b.userName())
        && new HashSet<>(a.attributes()).equals(new HashSet<>(b.attributes()));
  }
}
