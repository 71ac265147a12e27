-- occurred_at alone is the first column of event_log_stream_order_idx, which serves every query the
-- single-column index served; the live sink no longer maintains a tenth index per event.
DROP INDEX IF EXISTS event_log_occurred_idx;
