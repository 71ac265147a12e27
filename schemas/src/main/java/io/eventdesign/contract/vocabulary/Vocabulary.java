package io.eventdesign.contract.vocabulary;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The string values the contract's records carry for statuses and roles. They travel as strings (a new
 * value is then a compatible change for readers that pass unknown values on); these enums are the one
 * list every reader and writer of this project takes them from (the write sides' deciders included).
 */
public final class Vocabulary {

  private Vocabulary() {}

  /** The constant named {@code value}; empty for a value this build does not know (a newer writer's) or null. */
  public static <T extends Enum<T>> Optional<T> parse(Class<T> vocabulary, String value) {
    for (T constant : vocabulary.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  /** The names of an enum's constants, in declaration order. */
  public static Set<String> names(Class<? extends Enum<?>> vocabulary) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.stream(vocabulary.getEnumConstants()).map(Enum::name).toList()));
  }
}
