package io.eventdesign.projection.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A paged SELECT with optional filters: a condition applies only when its value is given. */
public final class FilteredQuery {

  private final List<String> conditions = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();

  /** Adds {@code condition} (with one {@code ?}) when {@code value} is not null. */
  public FilteredQuery where(String condition, Object value) {
    return value == null ? this : always(condition, value);
  }

  /**
   * Adds {@code condition}, a {@link Visibility} rule, with the person's user id at each of its {@code ?},
   * when {@code person} is not null (null: someone who reads everything).
   */
  public FilteredQuery visibleTo(String condition, String person) {
    return person == null ? this : always(condition, Visibility.person(condition, person));
  }

  /** Adds {@code condition} with one {@code ?} per value. */
  public FilteredQuery always(String condition, Object... values) {
    conditions.add(condition);
    params.addAll(List.of(values));
    return this;
  }

  /** {@code " WHERE ..."}, or empty without conditions. */
  public String clause() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /** The condition parameters followed by {@code more}. */
  public List<Object> params(Object... more) {
    List<Object> all = new ArrayList<>(params);
    all.addAll(List.of(more));
    return all;
  }

  /** The one row matching (the conditions name a key), if any. */
  public <T> Optional<T> one(JdbcClient jdbc, String columns, String table, RowMapper<T> rows) {
    return jdbc.sql("SELECT " + columns + " FROM " + table + clause()).params(params).query(rows).optional();
  }

  /** Whether any row matches. */
  public boolean exists(JdbcClient jdbc, String table) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + table + clause() + ")").params(params).query(Boolean.class).single();
  }

  public <T> Paging.Page<T> page(JdbcClient jdbc, String columns, String table, String orderBy, RowMapper<T> rows,
      int page, int size) {
    String where = clause();
    long total = jdbc.sql("SELECT count(*) FROM " + table + where).params(params).query(Long.class).single();
    List<T> items = jdbc.sql("SELECT " + columns + " FROM " + table + where + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?")
        .params(params(size, (long) page * size)).query(rows).list();
    return new Paging.Page<>(items, page, size, total);
  }
}
