package io.eventdesign.projection;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** projection-service: state topologies, PostgreSQL projections and the query API. */
@SpringBootApplication
public class ProjectionServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(ProjectionServiceApplication.class, args);
  }
}
