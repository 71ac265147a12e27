package io.eventdesign.projection.user;

import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.state.UserState;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.projection.streams.StateFold;
import org.apache.kafka.streams.Topology;

/** {@code users.events} -> current state per user (store {@link #STORE}) -> {@code users.state} (compacted). */
public final class UserStateTopology {

  public static final StateFold<UserState> FOLD =
      new StateFold<>("users", Topics.USERS_EVENTS, Topics.USERS_STATE, UserStateReducer::apply);
  public static final String STORE = FOLD.store();

  private UserStateTopology() {}

  public static Topology build(RecordCodec codec) {
    return FOLD.topology(codec);
  }
}
