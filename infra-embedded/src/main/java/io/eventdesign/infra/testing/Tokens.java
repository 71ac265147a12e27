package io.eventdesign.infra.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Real tokens from a real authorization server, over HTTP as any client gets them: sign-up, login by
 * the authorization code flow with PKCE (the login form, as a browser fills it in), and the client
 * credentials grant. Nothing here signs a token itself.
 */
public final class Tokens {

  public static final String PUBLIC_CLIENT = "eventdesign-cli";
  public static final String REDIRECT_URI = "http://127.0.0.1/callback";

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]*)\"");
  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern USER_ID = Pattern.compile("\"userId\"\\s*:\\s*\"([^\"]+)\"");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String issuer;

  public Tokens(String issuer) {
    this.issuer = issuer;
  }

  public String issuer() {
    return issuer;
  }

  /** A person's access token and user id. */
  public record Person(String userId, String email, String token) {}

  /** Signs up a new person with this e-mail address, logs them in, and returns their token. */
  public Person signUp(String email, String password, String firstName, String lastName) {
    return signUp(email, password, firstName, lastName, null);
  }

  /** The same, with the code of a workspace's invitation (null: none). */
  public Person signUp(String email, String password, String firstName, String lastName, String invitation) {
    HttpResponse<String> signUp = send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(issuer + "/signup"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("""
            {"email":"%s","password":"%s","firstName":"%s","lastName":"%s"%s}""".formatted(email, password, firstName, lastName,
            invitation == null ? "" : ",\"invitation\":\"" + invitation + "\""))));
    if (signUp.statusCode() != 201) {
      throw new IllegalStateException("sign-up of " + email + " answered " + signUp.statusCode() + ": " + signUp.body());
    }
    Matcher id = USER_ID.matcher(signUp.body());
    if (!id.find()) {
      throw new IllegalStateException("sign-up answered without a user id: " + signUp.body());
    }
    return new Person(id.group(1), email, login(email, password));
  }

  /** Logs in with the authorization code flow and PKCE; throws when the login is refused. */
  public String login(String email, String password) {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    String verifier = random(32);
    String authorize = issuer + "/oauth2/authorize?" + form(Map.of(
        "response_type", "code", "client_id", PUBLIC_CLIENT, "scope", "openid", "state", random(12),
        "redirect_uri", REDIRECT_URI, "code_challenge", challenge(verifier), "code_challenge_method", "S256"));
    send(browser, HttpRequest.newBuilder(URI.create(authorize)).GET());
    Matcher csrf = CSRF.matcher(send(browser, HttpRequest.newBuilder(URI.create(issuer + "/login")).GET()).body());
    if (!csrf.find()) {
      throw new IllegalStateException("the login page has no CSRF token");
    }
    HttpResponse<String> loggedIn = send(browser, formPost(issuer + "/login",
        Map.of("username", email, "password", password, "_csrf", csrf.group(1))));
    String next = loggedIn.headers().firstValue("Location").orElse("");
    if (loggedIn.statusCode() != 302 || next.contains("/login?error")) {
      throw new LoginRefused(email, loggedIn.statusCode() + " " + next);
    }
    String callback = send(browser, HttpRequest.newBuilder(URI.create(next)).GET()).headers()
        .firstValue("Location").orElse("");
    Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(callback);
    if (!callback.startsWith(REDIRECT_URI) || !code.find()) {
      throw new IllegalStateException("no authorization code; redirected to " + callback);
    }
    return token(send(browser, formPost(issuer + "/oauth2/token", Map.of(
        "grant_type", "authorization_code", "client_id", PUBLIC_CLIENT, "redirect_uri", REDIRECT_URI,
        "code", code.group(1), "code_verifier", verifier))));
  }

  /**
   * Logs in an account the authorization server seeds at start-up, once the seeding has granted it
   * {@code role} (the account exists before its role does): polls until a token carries the role.
   */
  public String loginWithRole(String email, String password, String role) {
    return Await.until("the seeded account " + email + " with " + role, () -> {
      try {
        String token = login(email, password);
        return roles(token).contains("\"" + role + "\"") ? java.util.Optional.of(token) : java.util.Optional.empty();
      } catch (LoginRefused notYet) {
        return java.util.Optional.empty();
      }
    });
  }

  /** The {@code roles} claim of a token as its JSON text ({@code ""} when it has none). */
  private static String roles(String token) {
    String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    int roles = payload.indexOf("\"roles\"");
    return roles < 0 ? "" : payload.substring(roles, payload.indexOf(']', roles) + 1);
  }

  /** A service client's token (client credentials, secret sent with HTTP Basic). */
  public String clientCredentials(String clientId, String secret, String scope) {
    String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    return token(send(HttpClient.newHttpClient(), formPost(issuer + "/oauth2/token",
        Map.of("grant_type", "client_credentials", "scope", scope)).header("Authorization", "Basic " + basic)));
  }

  /** The login was refused (wrong password, locked or pending account). */
  public static final class LoginRefused extends IllegalStateException {
    public LoginRefused(String email, String detail) {
      super("login refused for " + email + ": " + detail);
    }
  }

  private static String token(HttpResponse<String> response) {
    Matcher token = ACCESS_TOKEN.matcher(response.body());
    if (response.statusCode() != 200 || !token.find()) {
      throw new IllegalStateException("token endpoint answered " + response.statusCode() + ": " + response.body());
    }
    return token.group(1);
  }

  private static HttpRequest.Builder formPost(String url, Map<String, String> fields) {
    return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
  }

  private static String form(Map<String, String> fields) {
    return new LinkedHashMap<>(fields).entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
    try {
      return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String random(int bytes) {
    byte[] random = new byte[bytes];
    RANDOM.nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  private static String challenge(String verifier) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
