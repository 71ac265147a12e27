package io.eventdesign.contract.vocabulary;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The string values the contract's records carry for statuses and roles. They travel as strings (a new
 * value is then a compatible change for readers that pass unknown values on); these enums are the one
 * list every reader and writer of this project takes them from (the write sides' deciders included).
 */
public final class Vocabulary {

  private Vocabulary() {}

  /** The names of an enum's constants, in declaration order. */
  public static Set<String> names(Class<? extends Enum<?>> vocabulary) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.stream(vocabulary.getEnumConstants()).map(Enum::name).toList()));
  }
}
