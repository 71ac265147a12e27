package io.eventdesign.auth.key;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * The token signing keys, kept in a JWK set file that only its owner can read. The first key signs;
 * every key in the file is published at the JWKS endpoint, so a key can be rotated by putting a new key
 * first and removing the old one once the tokens it signed have expired (docs/security.md). A missing
 * file is created with one new RSA key.
 */
public final class SigningKeys {

  private SigningKeys() {}

  public static JWKSet load(Path file) {
    try {
      if (Files.notExists(file)) {
        create(file);
      }
      JWKSet keys = JWKSet.parse(Files.readString(file, StandardCharsets.UTF_8));
      if (keys.getKeys().isEmpty() || !keys.getKeys().getFirst().isPrivate()) {
        throw new IllegalStateException(file + " must hold at least one private key, the first of which signs");
      }
      return keys;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the signing keys " + file, e);
    } catch (ParseException e) {
      throw new IllegalStateException(file + " is not a JWK set", e);
    }
  }

  /** A new RSA signing key for RS256 with a random key id. */
  public static RSAKey newKey() {
    try {
      return new RSAKeyGenerator(2048)
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .keyID(UUID.randomUUID().toString())
          .issueTime(Date.from(Instant.now()))
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("could not generate an RSA key", e);
    }
  }

  private static void create(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path temporary = file.resolveSibling(file.getFileName() + ".new");
    Files.deleteIfExists(temporary);
    try {
      Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(temporary);
    }
    Files.writeString(temporary, new JWKSet(newKey()).toString(false), StandardCharsets.UTF_8);
    Files.move(temporary, file);
  }
}
