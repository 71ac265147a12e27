package io.eventdesign.platform.processor;

import io.eventdesign.contract.topic.Topic;

/**
 * A value that at most one aggregate may hold (such as a normalized e-mail address).
 *
 * @param name short name, used in store and processor names
 * @param claimsTopic topic of the commands that take the claim, keyed by the claimed value
 * @param field the input field the value comes from, named in the conflict
 */
public record UniqueClaim(String name, Topic claimsTopic, String field, String conflictMessage) {

  public String storeName() {
    return name + "-claims-store";
  }
}
