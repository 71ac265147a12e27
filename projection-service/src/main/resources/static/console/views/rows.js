// Read models against their events: an aggregate's rows beside the fold of its events, each drifted
// column flagged; the rows one event wrote or is folded into.
import { api } from '../api.js';
import { empty, failure, h, loading, show, text } from '../dom.js';
import { aggregateHref, eventLink } from '../links.js';

const enc = encodeURIComponent;
const STATUS_TEXT = {
  IN_SYNC: 'in sync with its events',
  BEHIND: 'in sync with the events it applied; newer ones not applied yet',
  DRIFTED: 'differs from the fold of its events',
  MISSING: 'no row yet for events that exist',
  UNVERIFIABLE: 'claims a version the event log does not hold yet'
};

/** A section that loads the aggregate's rows and shows each beside its events' fold. */
export function aggregateRows(type, id) {
  const section = h('section', { id: 'rows', 'aria-labelledby': 'rows-h' }, h('h2', { id: 'rows-h' }, 'Read model'),
    loading('the rows'));
  api('/api/v1/events/aggregates/' + enc(type) + '/' + enc(id) + '/rows')
    .then(result => show(section, h('h2', { id: 'rows-h' }, 'Read model'),
      result.rows.length ? result.rows.map(rowCheck) : empty('No read model keeps a row per ' + type + '.')))
    .catch(error => show(section, h('h2', { id: 'rows-h' }, 'Read model'), failure(error)));
  return section;
}

function rowCheck(check) {
  const drifted = new Set(check.driftedColumns);
  const columns = Object.keys(check.row || check.expected || {});
  return h('article', { className: 'row-check', 'data-table': check.table, 'data-status': check.status },
    h('h3', {}, h('code', {}, check.table), ' ', h('span', { className: 'state state-' + check.status.toLowerCase() }, check.status)),
    h('p', {}, STATUS_TEXT[check.status] || ''),
    h('ul', { className: 'feeds' }, check.feeds.map(feed => h('li', {},
      feed.aggregateType + ' events: the row applied v' + feed.rowVersion + ' (' + feed.versionColumn + '), the log holds v'
        + feed.latestVersion,
      feed.lastApplied ? [' · last applied ', eventLink(feed.lastApplied.eventId, feed.lastApplied.eventType),
        ' at ' + feed.lastApplied.topic + ' / ' + feed.lastApplied.partition + ' / ' + feed.lastApplied.offset] : null))),
    columns.length ? h('table', { className: 'row-table' },
      h('caption', {}, drifted.size ? drifted.size + ' column(s) differ from the events' : 'Every column equals the events\' fold'),
      h('thead', {}, h('tr', {}, ['Column', 'Row', 'From the events'].map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, columns.map(column => h('tr', { className: drifted.has(column) ? 'drifted' : '', 'data-column': column },
        h('th', { scope: 'row' }, column, drifted.has(column) ? h('span', { className: 'badge badge-bad' }, 'drift') : null),
        h('td', {}, check.row ? text(check.row[column]) : '—'),
        h('td', {}, check.expected ? text(check.expected[column]) : '—'))))) : null);
}

/** A table of the rows one event touched, loaded into the element returned. */
export function touchedRows(eventId) {
  const box = h('div', { id: 'event-rows' }, loading('the rows'));
  api('/api/v1/events/' + enc(eventId) + '/rows')
    .then(result => show(box, result.rows.length ? h('table', { id: 'touched' },
      h('thead', {}, h('tr', {}, ['Table', 'Row', 'How', 'Applied'].map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, result.rows.map(row => h('tr', { 'data-table': row.table },
        h('th', { scope: 'row' }, h('code', {}, row.table)),
        h('td', {}, row.aggregateType
          ? h('a', { href: aggregateHref(row.aggregateType, row.key.id) }, Object.entries(row.key).map(([k, v]) => k + '=' + v).join(', '))
          : Object.entries(row.key).map(([k, v]) => k + '=' + v).join(', ')),
        h('td', {}, row.relation === 'WRITTEN' ? 'written from this event'
          : 'folded' + (row.rowVersion === null ? ' (no row yet)' : ', row at v' + row.rowVersion)),
        h('td', {}, h('span', { className: 'state state-' + (row.applied ? 'applied' : 'pending') }, row.applied ? 'APPLIED' : 'PENDING'))))))
      : empty('No read model row comes from this event.')))
    .catch(error => show(box, failure(error)));
  return box;
}
