package io.eventdesign.local;


/** The README's run command: starts everything locally and prints where it is. Ctrl+C stops it. */
public final class LocalLauncher {

  private LocalLauncher() {}

  public static void main(String[] args) throws Exception {
    UntilStopped.run("local system", LocalSystem::start, LocalLauncher::banner);
  }

  static String banner(LocalSettings settings, LocalSystem system) {
    return """

        ================================================================
         eventdesign is running (Ctrl+C stops everything)
        ----------------------------------------------------------------
         user-service        http://localhost:%d/api/v1/users
         request-service     http://localhost:%d/api/v1/requests  (products: /api/v1/products)
         payment-service     http://localhost:%d/api/v1/payments
         projection-service  http://localhost:%d/api/v1/users, /api/v1/requests
         staff console       %s  (staff and admin accounts)
         API descriptions    http://localhost:<port>/swagger-ui.html on each service
         auth server         %s  (sign-up: POST /signup; ./login prints a token)
         staff account       %s  password in %s/%s
         admin account       %s  password in %s/%s
         service client      %s (api.read, metrics.read)  secret in %s/%s
         integration client  %s (events.write: POST /api/v1/events on request-service)  secret in %s/%s
         health              http://localhost:<port>/actuator/health on each service
         Kafka               %s
         PostgreSQL          %s  (user postgres, no password)
         webhook secret      %s
                             (generated for this data directory: %s/%s)
         data                %s
        ================================================================
        """.formatted(system.userServicePort(), system.requestServicePort(), system.paymentServicePort(),
        system.projectionServicePort(), system.consoleUrl(),
        system.issuer(), system.accounts().staffEmail(), settings.dataDir(), LocalSecrets.STAFF_PASSWORD,
        system.accounts().adminEmail(), settings.dataDir(), LocalSecrets.ADMIN_PASSWORD,
        LocalAccounts.SERVICE_CLIENT, settings.dataDir(), LocalSecrets.SERVICE_CLIENT_SECRET,
        LocalAccounts.INTEGRATION_CLIENT, settings.dataDir(), LocalSecrets.INTEGRATION_CLIENT_SECRET,
        kafka(settings, system), system.postgresJdbcUrl(), system.webhookSecret(), settings.dataDir(),
        LocalSecrets.WEBHOOK_SECRET, settings.dataDir());
  }

  private static String kafka(LocalSettings settings, LocalSystem system) {
    return system.kafkaAdminSettings().isEmpty() ? system.kafkaBootstrapServers()
        : system.kafkaBootstrapServers() + "  (SASL/SCRAM-SHA-512, ACLs; super user admin, password in "
            + settings.dataDir().resolve(LocalSecrets.KAFKA_ADMIN_PASSWORD) + ")";
  }
}
