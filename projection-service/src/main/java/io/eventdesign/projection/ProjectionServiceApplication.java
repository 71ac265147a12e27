package io.eventdesign.projection;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** projection-service: state topologies, PostgreSQL projections and the query API. */
@SpringBootApplication
public class ProjectionServiceApplication {

  /** Configuration file name ({@value}.yml), distinct per service so that services can share a JVM. */
  public static final String CONFIG_NAME = "projection-service";

  public static void main(String[] args) {
    run(args);
  }

  public static ConfigurableApplicationContext run(String... args) {
    return new SpringApplicationBuilder(ProjectionServiceApplication.class)
        .properties("spring.config.name=" + CONFIG_NAME)
        .run(args);
  }
}
