package io.eventdesign.request.catalog;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.eventdesign.platform.http.AggregateNotFoundException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The product catalogue with its questionnaires. */
@SecurityRequirements // anyone may call it: no bearer token
@RestController
@RequestMapping("/api/v1/products")
class ProductController {

  private final ProductCatalog catalog;

  ProductController(ProductCatalog catalog) {
    this.catalog = catalog;
  }

  @GetMapping
  List<Product> all() {
    return catalog.products();
  }

  @GetMapping("/{id}")
  Product one(@PathVariable String id) {
    return catalog.find(id).orElseThrow(() -> new AggregateNotFoundException("product", id));
  }
}
