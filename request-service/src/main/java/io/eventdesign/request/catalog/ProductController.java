package io.eventdesign.request.catalog;

import io.eventdesign.platform.http.AggregateNotFoundException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The product catalogue with its questionnaires. */
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
