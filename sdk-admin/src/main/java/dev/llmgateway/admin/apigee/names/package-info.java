/**
 * Typed names of Apigee resources, such as {@code organizations/{org}/apiproducts/{product}}.
 *
 * <p>Each name validates its parts on creation, formats itself with {@code toString()} (the key
 * name being the exception: it redacts the key) and parses the formatted form with {@code
 * parse(..)}.
 *
 * <pre>{@code
 * DeveloperAppName app = DeveloperAppName.of("my-project", "dev@example.com", "llm-app");
 * String path = app.toString(); // organizations/my-project/developers/dev@example.com/apps/llm-app
 * RevisionName revision = RevisionName.parse("organizations/my-project/apis/apigee-llm-inf-gw/revisions/3");
 * }</pre>
 */
@org.jspecify.annotations.NullMarked
package dev.llmgateway.admin.apigee.names;
