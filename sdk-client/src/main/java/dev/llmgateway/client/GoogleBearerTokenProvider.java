package dev.llmgateway.client;

import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.OAuth2Credentials;
import dev.llmgateway.client.errors.AuthenticationException;
import dev.llmgateway.client.errors.ErrorContext;
import dev.llmgateway.client.errors.ErrorSource;
import java.io.IOException;
import java.util.Objects;

/**
 * A {@link BearerTokenProvider} backed by Google Auth Library credentials: access tokens from
 * {@link GoogleCredentials}, or ID tokens from {@code IdTokenCredentials}, refreshed when they
 * expire. For endpoints protected by Google IAM.
 *
 * <p>Google Auth Library is an optional dependency of {@code sdk-client}: add {@code
 * com.google.auth:google-auth-library-oauth2-http} to your application to use this class. The rest
 * of the client never loads it. This class is thread-safe.
 *
 * <pre>{@code
 * GatewayClient client = GatewayClient.builder()
 *     .baseUrl("https://gateway.example.com")
 *     .bearerToken(GoogleBearerTokenProvider.applicationDefault())
 *     .build();
 * }</pre>
 */
public final class GoogleBearerTokenProvider implements BearerTokenProvider {
  private static final String CLOUD_PLATFORM_SCOPE =
      "https://www.googleapis.com/auth/cloud-platform";

  private final OAuth2Credentials credentials;

  private GoogleBearerTokenProvider(OAuth2Credentials credentials) {
    this.credentials = credentials;
  }

  /**
   * Returns a provider for the given credentials.
   *
   * @param credentials access-token or ID-token credentials
   * @return the provider
   */
  public static GoogleBearerTokenProvider of(OAuth2Credentials credentials) {
    return new GoogleBearerTokenProvider(
        Objects.requireNonNull(credentials, "credentials == null"));
  }

  /**
   * Returns a provider for Application Default Credentials with the {@code cloud-platform} scope.
   *
   * @return the provider
   * @throws AuthenticationException if no default credentials are available
   */
  public static GoogleBearerTokenProvider applicationDefault() {
    try {
      return of(GoogleCredentials.getApplicationDefault().createScoped(CLOUD_PLATFORM_SCOPE));
    } catch (IOException e) {
      throw failure("Application Default Credentials are not available", e);
    }
  }

  /**
   * Returns a current token, refreshing the credentials first when the token has expired.
   *
   * @return the token
   * @throws AuthenticationException if the credentials cannot be refreshed
   */
  @Override
  public String token() {
    try {
      credentials.refreshIfExpired();
    } catch (IOException e) {
      throw failure("Google credentials could not be refreshed", e);
    }
    var token = credentials.getAccessToken();
    if (token == null) {
      throw failure("Google credentials produced no token", null);
    }
    return token.getTokenValue();
  }

  private static AuthenticationException failure(
      String what, @org.jspecify.annotations.Nullable Throwable cause) {
    return new AuthenticationException(
        what
            + ": run 'gcloud auth application-default login' or set"
            + " GOOGLE_APPLICATION_CREDENTIALS to a service account key file.",
        ErrorContext.builder().source(ErrorSource.CLIENT).build(),
        cause);
  }

  @Override
  public String toString() {
    return "GoogleBearerTokenProvider{" + credentials.getClass().getSimpleName() + "}";
  }
}
