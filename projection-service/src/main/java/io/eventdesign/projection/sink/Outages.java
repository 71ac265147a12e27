package io.eventdesign.projection.sink;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells an outage (the database is down, restarting, overloaded or shedding connections: retry the
 * same batch until it is back) from a poison record (this record cannot be written: park it).
 */
final class Outages {

  /** SQLSTATE classes of the database's condition rather than the statement's data. */
  private static final Set<String> OUTAGE_CLASSES = Set.of(
      "08", // connection exception
      "40", // transaction rollback (serialization failure, deadlock): retrying succeeds
      "53", // insufficient resources
      "57", // operator intervention (admin shutdown, cannot connect now)
      "58"); // system error (I/O)

  private Outages() {}

  static boolean isOutage(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof TransientDataAccessException || cause instanceof DataAccessResourceFailureException
          || cause instanceof RecoverableDataAccessException || cause instanceof CannotCreateTransactionException
          || cause instanceof TransactionSystemException || cause instanceof SQLTransientException) {
        return true;
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2
          && OUTAGE_CLASSES.contains(sql.getSQLState().substring(0, 2))) {
        return true;
      }
    }
    return false;
  }
}
