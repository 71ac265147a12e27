package io.eventdesign.auth.account;

import io.eventdesign.platform.input.TextPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hashes and checks passwords in the form the sign-up stored them: normalized by the platform's text
 * policy (NFC, surrounding whitespace removed), so a password typed on another keyboard or system with
 * another composition of the same characters still matches.
 */
public final class NormalizedPasswords implements PasswordEncoder {

  private final PasswordEncoder hashes;

  public NormalizedPasswords(PasswordEncoder hashes) {
    this.hashes = hashes;
  }

  @Override
  public String encode(CharSequence raw) {
    return hashes.encode(TextPolicy.normalize(raw.toString()));
  }

  @Override
  public boolean matches(CharSequence raw, String encoded) {
    return raw != null && hashes.matches(TextPolicy.normalize(raw.toString()), encoded);
  }

  @Override
  public boolean upgradeEncoding(String encoded) {
    return hashes.upgradeEncoding(encoded);
  }
}
