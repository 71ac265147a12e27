package io.eventdesign.user;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail rules shared by the edge and the decider. */
public final class Emails {

  /** Pragmatic shape check: one @, a dot in the domain, no spaces; at most 254 characters. */
  private static final Pattern SHAPE =
      Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

  private Emails() {}

  public static boolean isValid(String email) {
    return email != null && email.length() <= 254 && SHAPE.matcher(email).matches();
  }

  /** The form under which an address is unique: trimmed and lower-cased. */
  public static String normalize(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }
}
