package io.eventdesign.platform.http;

import io.eventdesign.platform.command.CommandOutcome;
import java.net.URI;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/** Turns a command outcome into the HTTP response: 201 or 200 with the state and its ETag, or a problem. */
public final class CommandResponses {

  private final JsonMapper json;

  public CommandResponses(JsonMapper json) {
    this.json = json;
  }

  /**
   * @param view builds the response body from the state and its version
   * @param location where a created aggregate can be read, by id
   * @throws CommandRejectedException when the command was refused
   */
  public <S, R> ResponseEntity<R> respond(
      CommandOutcome outcome, Class<S> stateClass, BiFunction<S, Long, R> view, Function<String, URI> location) {
    if (!outcome.accepted()) {
      throw new CommandRejectedException(outcome);
    }
    R body = view.apply(json.treeToValue(outcome.state(), stateClass), outcome.version());
    ResponseEntity.BodyBuilder response =
        outcome.created()
            ? ResponseEntity.created(location.apply(outcome.aggregateId()))
            : ResponseEntity.ok();
    return response.eTag(etag(outcome.version())).body(body);
  }

  public static String etag(long version) {
    return "\"" + version + "\"";
  }
}
