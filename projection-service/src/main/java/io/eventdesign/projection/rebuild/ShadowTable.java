package io.eventdesign.projection.rebuild;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The table a rebuild writes into, shaped like the live table. It is bulk-loaded the way PostgreSQL
 * loads fastest: indexes are built in one pass after the replay ({@link #completeIndexes}), except
 * the primary key and unique indexes when the rebuild writes through an upserting writer (whose
 * idempotence relies on them); on the switch every index and constraint takes the live table's name
 * again ({@link #takeLiveNames}), so index names are stable across rebuilds.
 */
final class ShadowTable {

  /** An index of the live table, the constraint it backs (if any), and its name on the shadow table. */
  private record Index(String name, String definition, boolean unique, String constraint, String constraintType) {

    String shadowName() {
      return shadowName(name);
    }

    String shadowConstraint() {
      return shadowName(constraint);
    }

    private static String shadowName(String name) {
      String suffix = "_rebuild";
      return (name.length() + suffix.length() > 63 ? name.substring(0, 63 - suffix.length()) : name) + suffix;
    }
  }

  private final JdbcTemplate jdbc;
  private final String live;
  private final String shadow;
  private final String sortMemory;
  private List<Index> indexes = List.of();
  private final Set<String> built = new HashSet<>();

  /** @param sortMemory PostgreSQL's {@code maintenance_work_mem} while an index is built (see {@link RebuildSettings}) */
  ShadowTable(JdbcTemplate jdbc, String live, String shadow, String sortMemory) {
    this.jdbc = jdbc;
    this.live = live;
    this.shadow = shadow;
    this.sortMemory = sortMemory;
  }

  String name() {
    return shadow;
  }

  /**
   * (Re)creates the empty shadow table with the live table's columns and defaults, and with its
   * primary key and unique indexes when {@code withUniqueIndexes}.
   */
  void create(boolean withUniqueIndexes) {
    indexes = jdbc.query("""
        SELECT i.relname, pg_get_indexdef(x.indexrelid), x.indisunique, c.conname, c.contype
        FROM pg_index x
        JOIN pg_class i ON i.oid = x.indexrelid
        JOIN pg_class t ON t.oid = x.indrelid
        LEFT JOIN pg_constraint c ON c.conindid = x.indexrelid AND c.conrelid = t.oid
        WHERE t.relname = ? AND t.relnamespace = current_schema()::regnamespace
        ORDER BY i.relname""",
        (rs, row) -> new Index(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4), rs.getString(5)),
        live);
    drop();
    jdbc.execute("CREATE TABLE " + shadow + " (LIKE " + live + " INCLUDING ALL EXCLUDING INDEXES)");
    built.clear();
    if (withUniqueIndexes) {
      indexes.stream().filter(Index::unique).forEach(this::createIndex);
    }
  }

  /**
   * Builds the indexes left out while loading, unique ones first. When a unique index finds repeated
   * keys, {@code removeRepeats} runs (once) and the index is built again.
   */
  void completeIndexes(Runnable removeRepeats) {
    boolean repeatsRemoved = false;
    for (Index index : indexes.stream().sorted(Comparator.comparing(Index::unique).reversed()).toList()) {
      if (built.contains(index.name())) {
        continue;
      }
      try {
        createIndex(index);
      } catch (DuplicateKeyException repeated) {
        if (repeatsRemoved) {
          throw repeated;
        }
        removeRepeats.run();
        repeatsRemoved = true;
        createIndex(index);
      }
    }
  }

  /** Inside the switch's transaction, after the live table is dropped and the shadow renamed to it. */
  void takeLiveNames() {
    for (Index index : indexes) {
      if (index.constraint() != null) {
        jdbc.execute("ALTER TABLE " + live + " RENAME CONSTRAINT " + index.shadowConstraint() + " TO " + index.constraint());
      } else {
        jdbc.execute("ALTER INDEX " + index.shadowName() + " RENAME TO " + index.name());
      }
    }
  }

  void drop() {
    jdbc.execute("DROP TABLE IF EXISTS " + shadow);
  }

  /** Runs {@code ddl} in a transaction of its own whose sorts may use {@link #sortMemory}. */
  private void withSortMemory(String ddl) {
    jdbc.execute((ConnectionCallback<Void>) connection -> {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET LOCAL maintenance_work_mem = '" + sortMemory + "'");
        statement.execute(ddl);
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
      return null;
    });
  }

  private void createIndex(Index index) {
    Matcher head = Pattern.compile("^CREATE (UNIQUE )?INDEX (\\S+) ON (ONLY )?(\\S+\\.)?" + Pattern.quote(live) + " ")
        .matcher(index.definition());
    if (!head.find()) {
      throw new IllegalStateException("unexpected index definition: " + index.definition());
    }
    String schema = head.group(4) == null ? "" : head.group(4);
    withSortMemory(head.replaceFirst(Matcher.quoteReplacement(
        "CREATE " + (head.group(1) == null ? "" : "UNIQUE ") + "INDEX " + index.shadowName() + " ON " + schema + shadow + " ")));
    if (index.constraint() != null) {
      String kind = switch (index.constraintType()) {
        case "p" -> "PRIMARY KEY";
        case "u" -> "UNIQUE";
        default -> throw new IllegalStateException("unexpected constraint " + index.constraint() + " on " + live);
      };
      // USING INDEX renames the index to the constraint's name
      jdbc.execute("ALTER TABLE " + shadow + " ADD CONSTRAINT " + index.shadowConstraint() + " " + kind
          + " USING INDEX " + index.shadowName());
    }
    built.add(index.name());
  }
}
