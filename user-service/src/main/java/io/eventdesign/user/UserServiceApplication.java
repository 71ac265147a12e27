package io.eventdesign.user;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** user-service: registration, activation, profile and roles; single writer of {@code users.events}. */
@SpringBootApplication
public class UserServiceApplication {

  /** Configuration file name ({@value}.yml), distinct per service so that services can share a JVM. */
  public static final String CONFIG_NAME = "user-service";

  public static void main(String[] args) {
    run(args);
  }

  public static ConfigurableApplicationContext run(String... args) {
    return new SpringApplicationBuilder(UserServiceApplication.class)
        .properties("spring.config.name=" + CONFIG_NAME)
        .run(args);
  }
}
