package io.eventdesign.projection.query;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A paged SELECT with optional filters: a condition applies only when its value is given. */
public final class FilteredQuery {

  private final List<String> conditions = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();

  /** Adds {@code condition} (with one {@code ?}) when {@code value} is not null. */
  public FilteredQuery where(String condition, Object value) {
    if (value != null) {
      conditions.add(condition);
      params.add(value);
    }
    return this;
  }

  public <T> Paging.Page<T> page(JdbcClient jdbc, String columns, String table, String orderBy, RowMapper<T> rows,
      int page, int size) {
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    long total = jdbc.sql("SELECT count(*) FROM " + table + where).params(params).query(Long.class).single();
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(size);
    pageParams.add((long) page * size);
    List<T> items = jdbc.sql("SELECT " + columns + " FROM " + table + where + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?")
        .params(pageParams).query(rows).list();
    return new Paging.Page<>(items, page, size, total);
  }
}
