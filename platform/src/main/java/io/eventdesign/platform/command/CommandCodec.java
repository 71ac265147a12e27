package io.eventdesign.platform.command;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** JSON encoding of commands and outcomes on the internal command and reply topics. */
public final class CommandCodec<C> {

  private final JsonMapper json;
  private final Map<String, Class<? extends C>> typesByName;
  private final Map<Class<?>, String> namesByType = new HashMap<>();

  public CommandCodec(JsonMapper json, Map<String, Class<? extends C>> typesByName) {
    this.json = json;
    this.typesByName = Map.copyOf(typesByName);
    typesByName.forEach((name, type) -> namesByType.put(type, name));
  }

  /** A decoded command with its metadata. */
  public record Parsed<C>(CommandMetadata metadata, C command, String fingerprint) {}

  public byte[] encode(CommandMetadata metadata, C command) {
    String type = namesByType.get(command.getClass());
    if (type == null) {
      throw new IllegalArgumentException("unregistered command type " + command.getClass().getName());
    }
    return json.writeValueAsBytes(new CommandEnvelope(metadata, type, json.valueToTree(command)));
  }

  /** @throws MalformedCommandException when the bytes are no command of this aggregate */
  public Parsed<C> decode(byte[] bytes) {
    try {
      CommandEnvelope envelope = json.readValue(bytes, CommandEnvelope.class);
      Class<? extends C> type = typesByName.get(envelope.type());
      if (type == null || envelope.metadata() == null) {
        throw new MalformedCommandException("unknown command type " + envelope.type());
      }
      C command = json.treeToValue(envelope.payload(), type);
      return new Parsed<>(envelope.metadata(), command, fingerprint(envelope));
    } catch (JacksonException | IllegalArgumentException e) {
      throw new MalformedCommandException("unreadable command: " + e.getMessage());
    }
  }

  /** Metadata only, for replying to a command whose payload cannot be read. */
  public CommandMetadata metadataOf(byte[] bytes) {
    try {
      return json.readValue(bytes, CommandEnvelope.class).metadata();
    } catch (JacksonException | IllegalArgumentException e) {
      return null;
    }
  }

  public byte[] encodeOutcome(CommandOutcome outcome) {
    return json.writeValueAsBytes(outcome);
  }

  public CommandOutcome decodeOutcome(byte[] bytes) {
    return json.readValue(bytes, CommandOutcome.class);
  }

  /** Identifies the command's content (type and payload), independent of its metadata. */
  private String fingerprint(CommandEnvelope envelope) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(envelope.type().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(json.writeValueAsBytes(envelope.payload()));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The record on a command topic is not a readable command. */
  public static final class MalformedCommandException extends RuntimeException {
    public MalformedCommandException(String message) {
      super(message);
    }
  }
}
