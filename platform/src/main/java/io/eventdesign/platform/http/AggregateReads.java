package io.eventdesign.platform.http;

import io.eventdesign.platform.security.Caller;
import io.eventdesign.platform.command.AggregateDefinition;
import io.eventdesign.platform.processor.AggregateReader;
import io.eventdesign.platform.workspace.WorkspaceDirectory;
import jakarta.servlet.http.HttpServletRequest;
import io.eventdesign.platform.input.InputRules;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;

/** {@code GET /…/{id}} on a write-side service: the owning instance's store, with the version as ETag. */
public final class AggregateReads {

  private static final Pattern UUID_SHAPE = Pattern.compile(InputRules.UUID);

  private final AggregateReader reader;
  private final RemoteReads remote;

  public AggregateReads(AggregateReader reader, RemoteReads remote) {
    this.reader = reader;
    this.remote = remote;
  }

  /**
   * 200 with the view and ETag; forwarded when another instance owns the id; 404 when absent or when
   * the caller may not read it (another customer's: its existence is not revealed).
   */
  public <S, R> ResponseEntity<?> read(AggregateDefinition<?, ?, S> definition, String what, String id,
      HttpServletRequest request, BiFunction<S, Long, R> view) {
    requireUuid(what, id);
    var forwarded = forwardIfRemote(definition, id, request);
    if (forwarded.isPresent()) {
      return forwarded.get();
    }
    var found = readable(definition, id, request).orElseThrow(() -> new AggregateNotFoundException(what, id));
    return ResponseEntity.ok().eTag(CommandResponses.etag(found.version())).body(view.apply(found.state(), found.version()));
  }

  /** The whole request answered by the instance that owns {@code id}, when that is another instance. */
  public Optional<ResponseEntity<byte[]>> forwardIfRemote(AggregateDefinition<?, ?, ?> definition, String id,
      HttpServletRequest request) {
    return remote.forwardIfRemote(reader.remoteOwner(definition, id, remote.self()), request);
  }

  /** The aggregate from this instance's store, as a view; empty when absent here or not the caller's to read. */
  public <S, R> Optional<R> findLocal(AggregateDefinition<?, ?, S> definition, String id, HttpServletRequest request,
      BiFunction<S, Long, R> view) {
    return readable(definition, id, request).map(found -> view.apply(found.state(), found.version()));
  }

  private <S> Optional<AggregateReader.Versioned<S>> readable(AggregateDefinition<?, ?, S> definition, String id,
      HttpServletRequest request) {
    Caller caller = Caller.of(request);
    return reader.find(definition, id).filter(found -> caller.readsEverything()
        || definition.people().standing(found.state(), caller.userId(), reader.workspaces(definition)).reads());
  }

  /** The workspaces {@code definition}'s people are looked up in, as this instance knows them. */
  public WorkspaceDirectory workspaces(AggregateDefinition<?, ?, ?> definition) {
    return reader.workspaces(definition);
  }

  /** Ids are UUIDs; anything else cannot exist (404, and no command is sent). */
  public static void requireUuid(String what, String id) {
    if (!UUID_SHAPE.matcher(id).matches()) {
      throw new AggregateNotFoundException(what, id);
    }
  }

  /**
   * The id of an aggregate a client creates: derived from the Idempotency-Key when there is one,
   * so a retried creation targets the same aggregate; random otherwise.
   */
  public static String newId(String namespace, String idempotencyKey) {
    return idempotencyKey == null
        ? UUID.randomUUID().toString()
        : UUID.nameUUIDFromBytes((namespace + ":" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString();
  }
}
