package io.eventdesign.platform.http;

import java.util.Objects;

/**
 * The content security policy of a service's own pages under a path prefix (such as a browser
 * application it serves), declared as a bean; every other response keeps the API's policy.
 *
 * @param pathPrefix e.g. {@code /console/}
 * @param contentSecurityPolicy the policy those pages need
 */
public record PagePolicy(String pathPrefix, String contentSecurityPolicy) {

  public PagePolicy {
    Objects.requireNonNull(pathPrefix, "pathPrefix");
    Objects.requireNonNull(contentSecurityPolicy, "contentSecurityPolicy");
  }
}
