package io.eventdesign.projection.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Every configured service's status as it answers it now (staff and read-only clients), for the console's overview. */
@RestController
class ServiceStatusController {

  private final ServiceStatuses statuses;

  ServiceStatusController(ServiceStatuses statuses) {
    this.statuses = statuses;
  }

  @GetMapping("/api/v1/status/services")
  List<ServiceStatuses.Entry> services(HttpServletRequest request) {
    return statuses.ask(request.getHeader(HttpHeaders.AUTHORIZATION));
  }
}
