package io.eventdesign.request.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The products on offer ({@code eventdesign.products} in request-service.yml). */
@ConfigurationProperties("eventdesign")
public record ProductCatalog(List<Product> products) {

  public ProductCatalog {
    products = products == null ? List.of() : List.copyOf(products);
  }

  public Optional<Product> find(String id) {
    return products.stream().filter(p -> p.id().equals(id)).findFirst();
  }
}
