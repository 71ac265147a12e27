package io.eventdesign.auth;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The authorization server of the local run (and of deployments without an OIDC provider of their own). */
@SpringBootApplication
public class AuthServerApplication {

  public static final String CONFIG_NAME = "auth-server";

  public static void main(String[] args) {
    run(args);
  }

  public static ConfigurableApplicationContext run(String... args) {
    SpringApplication application = new SpringApplication(AuthServerApplication.class);
    application.setDefaultProperties(java.util.Map.of("spring.config.name", CONFIG_NAME));
    return application.run(args);
  }
}
