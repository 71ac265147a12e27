// The event log (newest first, filtered, paged) and one event with everything it links to.
import { api, loadView } from '../api.js';
import { empty, facts, failure, h, json, loading, show, time } from '../dom.js';
import { aggregateLink, contractHref, eventLink, sagaLink } from '../links.js';
import { filterForm, filterQuery, FILTERS } from './filters.js';
import { touchedRows } from './rows.js';

function eventRow(e) {
  return h('tr', { 'data-event-id': e.eventId },
    h('td', {}, time(e.occurredAt)), h('td', {}, eventLink(e.eventId, e.eventType)),
    h('td', {}, aggregateLink(e.aggregateType, e.aggregateId, e.aggregateVersion), ' v' + e.aggregateVersion),
    h('td', {}, e.actor), h('td', {}, sagaLink(e.correlationId)));
}

export async function logView(main, _params, query) {
  const rows = h('tbody');
  const more = h('button', { type: 'button', hidden: true }, 'Older events');
  const note = h('div', {}, loading('events'));
  show(main, h('h1', {}, 'Event log'), await filterForm('#/events', query), note,
    h('table', { className: 'events' }, h('caption', {}, 'Newest first'),
      h('thead', {}, h('tr', {}, ['Occurred', 'Event', 'Aggregate', 'Actor', 'Saga'].map(c => h('th', { scope: 'col' }, c)))),
      rows), more);
  const base = '/api/v1/events' + filterQuery(query, FILTERS);
  const separator = base.includes('?') ? '&' : '?';
  async function page(cursor) {
    try {
      const result = await api(base + separator + 'order=newest-first&limit=50' + (cursor ? '&cursor=' + encodeURIComponent(cursor) : ''));
      result.items.forEach(e => rows.append(eventRow(e)));
      show(note, rows.children.length ? '' : empty('No event matches these filters.'));
      more.hidden = !result.nextCursor;
      more.onclick = () => page(result.nextCursor);
    } catch (e) {
      show(note, failure(e));
    }
  }
  await page(null);
}

export async function eventView(main, [eventId]) {
  const e = await loadView(main, 'Event', 'the event', '/api/v1/events/' + encodeURIComponent(eventId));
  if (!e) return;
  const processing = h('div', {}, loading('the consumers\' progress'));
  show(main, h('h1', {}, e.eventType),
    facts([
      ['Event id', h('code', {}, e.eventId)],
      ['Type', h('a', { href: contractHref(e.eventType) }, e.eventType)],
      ['Aggregate', [aggregateLink(e.aggregateType, e.aggregateId, e.aggregateVersion), ' at version ' + e.aggregateVersion]],
      ['Occurred', time(e.occurredAt)], ['Recorded', time(e.recordedAt)],
      ['Actor', e.actor], ['User', e.userId], ['Tenant', e.tenantId],
      ['Saga (correlation)', sagaLink(e.correlationId)],
      ['Caused by', e.causationId ? eventLink(e.causationId) : '—'],
      ['Idempotency key', e.idempotencyKey],
      ['Kafka', e.topic + ' / partition ' + e.partition + ' / offset ' + e.offset],
      ['Schema fingerprint', h('code', {}, e.schemaFingerprint)]]),
    h('h2', {}, 'Processing'), processing,
    h('h2', {}, 'Rows'), touchedRows(e.eventId),
    h('h2', {}, 'Payload'), json(e.payload),
    Object.keys(e.attributes || {}).length ? [h('h2', {}, 'Attributes'), json(e.attributes)] : null);
  try {
    const status = await api('/api/v1/events/' + encodeURIComponent(eventId) + '/processing');
    show(processing, h('table', { id: 'processing' },
      h('thead', {}, h('tr', {}, ['Consumer', 'Status', 'Committed offset', 'Reason'].map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, status.consumers.map(c => h('tr', { 'data-consumer': c.consumer },
        h('th', { scope: 'row' }, c.consumer), h('td', {}, h('span', { className: 'state state-' + c.status.toLowerCase() }, c.status)),
        h('td', {}, c.committedOffset ?? '—'), h('td', {}, c.reason || '—'))))));
  } catch (error) {
    show(processing, failure(error));
  }
}
