package io.eventdesign.platform.input;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * E-mail addresses, the same everywhere: one canonical form under which an address is stored, claimed
 * and compared, so that two spellings of one address are one account. The canonical form is the
 * address after Unicode NFKC (full-width and compatibility characters fold to their plain form),
 * with surrounding whitespace removed, lower-cased, and with the domain in its ASCII (IDNA) form.
 */
public final class Emails {

  /** RFC 5321's limit on a whole address. */
  public static final int MAX_LENGTH = 254;

  private static final Pattern LOCAL_PART =
      Pattern.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*");
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
  private static final Pattern TOP_LABEL = Pattern.compile(".*[a-z].*");

  private Emails() {}

  /**
   * The canonical form of {@code raw}, or empty when it is not an address we accept: a dot-atom
   * local part of at most 64 characters (letters and digits of any script and {@code !#$%&'*+/=?^_`{|}~-}),
   * {@code @}, and a domain of at least two labels whose last is not all digits; at most 254
   * characters in all; no whitespace, control or invisible characters anywhere.
   */
  public static Optional<String> canonical(String raw) {
    if (raw == null || TextPolicy.violation(raw, TextPolicy.Kind.LINE).isPresent()
        || TextPolicy.violation(raw.strip(), TextPolicy.Kind.EMAIL).isPresent()) {
      return Optional.empty();
    }
    String folded = Normalizer.normalize(raw.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    if (TextPolicy.violation(folded, TextPolicy.Kind.EMAIL).isPresent()) {
      return Optional.empty();
    }
    int at = folded.lastIndexOf('@');
    if (at < 1 || folded.indexOf('@') != at || at > 64) {
      return Optional.empty();
    }
    String local = folded.substring(0, at);
    Optional<String> domain = asciiDomain(folded.substring(at + 1));
    if (!LOCAL_PART.matcher(local).matches() || domain.isEmpty()) {
      return Optional.empty();
    }
    String address = local + "@" + domain.get();
    return address.length() <= MAX_LENGTH ? Optional.of(address) : Optional.empty();
  }

  /** True when {@code address} is already in its canonical form. */
  public static boolean isCanonical(String address) {
    return address != null && canonical(address).map(address::equals).orElse(false);
  }

  private static Optional<String> asciiDomain(String domain) {
    String ascii;
    try {
      ascii = IDN.toASCII(domain, 0).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    String[] labels = ascii.split("\\.", -1);
    if (labels.length < 2) {
      return Optional.empty();
    }
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        return Optional.empty();
      }
    }
    return TOP_LABEL.matcher(labels[labels.length - 1]).matches() ? Optional.of(ascii) : Optional.empty();
  }
}
