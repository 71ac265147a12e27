package io.eventdesign.request;

import io.eventdesign.request.catalog.ProductCatalog;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/** request-service: design requests from questionnaire to finished design; single writer of {@code requests.events}. */
@SpringBootApplication
@EnableConfigurationProperties(ProductCatalog.class)
public class RequestServiceApplication {

  /** Configuration file name ({@value}.yml), distinct per service so that services can share a JVM. */
  public static final String CONFIG_NAME = "request-service";

  public static void main(String[] args) {
    run(args);
  }

  public static ConfigurableApplicationContext run(String... args) {
    return new SpringApplicationBuilder(RequestServiceApplication.class)
        .properties("spring.config.name=" + CONFIG_NAME)
        .run(args);
  }
}
