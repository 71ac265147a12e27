package io.eventdesign.request.catalog;

import java.util.List;

/**
 * A product customers can request a design for: reference data from configuration, not an
 * aggregate. Prices are in minor units (cents) of {@code currency}.
 */
public record Product(String id, String name, String designCodePrefix, long price, String currency, List<Question> questions) {

  public Product {
    questions = questions == null ? List.of() : List.copyOf(questions);
  }
}
