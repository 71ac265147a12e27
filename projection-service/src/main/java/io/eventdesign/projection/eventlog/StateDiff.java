package io.eventdesign.projection.eventlog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/** The fields in which two states differ, as dotted paths to the leaves ({@code profile.lastName}); lists compare whole. */
public final class StateDiff {

  private StateDiff() {}

  /** @param before null (no state yet) compares as an empty object */
  public static List<String> changedFields(JsonNode before, JsonNode after) {
    List<String> changed = new ArrayList<>();
    compare("", before == null ? NullNode.getInstance() : before, after == null ? NullNode.getInstance() : after, changed);
    return changed;
  }

  private static void compare(String path, JsonNode before, JsonNode after, List<String> changed) {
    boolean objects = before.isObject() || after.isObject();
    boolean sameShape = before.isObject() == after.isObject() || before.isNull() || after.isNull();
    if (objects && sameShape) {
      // an object against an object, or against nothing (each of its leaves against nothing)
      Set<String> names = new LinkedHashSet<>();
      before.propertyNames().forEach(names::add);
      after.propertyNames().forEach(names::add);
      for (String name : names) {
        compare(path.isEmpty() ? name : path + "." + name, field(before, name), field(after, name), changed);
      }
    } else if (!before.equals(after)) {
      changed.add(path);
    }
  }

  private static JsonNode field(JsonNode node, String name) {
    JsonNode value = node.isObject() ? node.get(name) : null;
    return value == null ? NullNode.getInstance() : value;
  }
}
