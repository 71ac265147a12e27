package io.eventdesign.platform.http;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.apache.kafka.streams.state.HostInfo;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Forwards a read to the instance whose Kafka Streams store holds the key (set
 * {@code application.server} on each instance). A forwarded read is never forwarded again.
 */
public final class RemoteReads {

  static final String FORWARDED = "X-Eventdesign-Forwarded";

  private final HostInfo self;
  private final RestClient client = RestClient.create();

  /** @param self this instance's {@code application.server}, or null when running alone */
  public RemoteReads(HostInfo self) {
    this.self = self;
  }

  public HostInfo self() {
    return self;
  }

  public Optional<ResponseEntity<byte[]>> forwardIfRemote(Optional<HostInfo> owner, HttpServletRequest request) {
    if (self == null || owner.isEmpty() || request.getHeader(FORWARDED) != null) {
      return Optional.empty();
    }
    HostInfo target = owner.get();
    String query = request.getQueryString();
    String uri = "http://" + target.host() + ":" + target.port() + request.getRequestURI() + (query == null ? "" : "?" + query);
    var forward = client.get().uri(uri).header(FORWARDED, "true");
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization != null) {
      forward = forward.header(HttpHeaders.AUTHORIZATION, authorization);   // the owner checks the same caller
    }
    return Optional.of(forward.retrieve()
        .onStatus(status -> true, (req, res) -> {})
        .toEntity(byte[].class));
  }
}
