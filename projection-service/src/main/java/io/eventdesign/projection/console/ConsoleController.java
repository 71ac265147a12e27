package io.eventdesign.projection.console;

import io.eventdesign.platform.security.SecurityProperties;
import java.net.URI;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The console's entry page and the settings its code needs to log in. */
@Controller
class ConsoleController {

  static final String PATH = "/console/";

  private final SecurityProperties security;
  private final String clientId;

  ConsoleController(SecurityProperties security, @Value("${eventdesign.console.client-id}") String clientId) {
    this.security = security;
    this.clientId = clientId;
  }

  @GetMapping("/console")
  ResponseEntity<Void> toConsole() {
    return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(PATH)).build();
  }

  /** Every view of the console is this page (views are addressed by the fragment, {@code #/events/...}). */
  @GetMapping(PATH)
  String page() {
    return "forward:" + PATH + "index.html";
  }

  /** Where to log in and as which client (the issuer's discovery document says the rest). */
  @GetMapping(PATH + "config.json")
  @ResponseBody
  Map<String, String> config() {
    return Map.of("issuer", security.issuerUri(), "clientId", clientId);
  }
}
