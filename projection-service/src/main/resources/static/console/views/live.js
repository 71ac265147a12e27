// Events as they are committed, pushed by the service. Pausing keeps receiving (and counting) without
// showing; every event says the offset the stream sent before on its partition, so a gap cannot go unnoticed.
import { stream } from '../api.js';
import { failure, h, show, time } from '../dom.js';
import { aggregateLink, eventLink, sagaLink } from '../links.js';
import { filterForm, filterQuery } from './filters.js';

const SHOWN = 500;

export async function liveView(main, _params, query) {
  const controller = new AbortController();
  const state = { received: 0, gaps: 0, paused: false, buffer: [], last: new Map(), undecodable: 0 };
  const status = h('p', { className: 'live-status', role: 'status', 'aria-live': 'polite' }, 'Connecting…');
  const counts = h('p', { className: 'counts' });
  const pause = h('button', { type: 'button', 'aria-pressed': 'false', id: 'pause' }, 'Pause');
  const rows = h('tbody', { id: 'live-rows' });
  const table = h('table', { className: 'events' },
    h('caption', {}, 'Newest first; the last ' + SHOWN + ' are shown'),
    h('thead', {}, h('tr', {}, ['Occurred', 'Event', 'Aggregate', 'Actor', 'Saga', 'Topic / partition / offset']
      .map(c => h('th', { scope: 'col' }, c)))),
    rows);
  const none = h('p', { className: 'empty', id: 'live-empty' }, 'No event yet. Events appear here as they are committed.');
  show(main, h('h1', {}, 'Live events'), await filterForm('#/live', query), h('div', { className: 'toolbar' }, pause, status),
    counts, none, table);

  const updateCounts = () => show(counts, state.received + ' received',
    state.gaps ? h('strong', { className: 'gap' }, ' · ' + state.gaps + ' gaps detected') : '',
    state.undecodable ? ' · ' + state.undecodable + ' undecodable' : '',
    state.paused ? ' · ' + state.buffer.length + ' new while paused' : '');
  pause.addEventListener('click', () => {
    state.paused = !state.paused;
    pause.setAttribute('aria-pressed', String(state.paused));
    if (!state.paused) {
      state.buffer.splice(0).forEach(render);
    }
    pause.textContent = state.paused ? 'Resume' : 'Pause';
    updateCounts();
  });

  function render(entry) {
    none.hidden = true;
    const e = entry.data;
    const where = e.topic + ' / ' + e.partition + ' / ' + e.offset;
    const row = entry.name === 'event'
      ? h('tr', { 'data-event-id': e.eventId, 'data-offset': where, 'data-previous': e.previousOffset },
        h('td', {}, time(e.occurredAt)), h('td', {}, eventLink(e.eventId, e.eventType)),
        h('td', {}, aggregateLink(e.aggregateType, e.aggregateId, e.aggregateVersion), ' v' + e.aggregateVersion),
        h('td', {}, e.actor), h('td', {}, sagaLink(e.correlationId)), h('td', {}, where))
      : h('tr', { className: 'undecodable', 'data-offset': where, 'data-previous': e.previousOffset },
        h('td', {}, time(e.timestamp)), h('td', { colspan: 4 }, 'Undecodable record: ' + e.reason), h('td', {}, where));
    rows.prepend(row);
    while (rows.children.length > SHOWN) rows.lastElementChild.remove();
  }

  function receive(name, data) {
    if (name === 'positions') {
      for (const [partition, next] of Object.entries(data.next)) {
        if (!state.last.has(partition)) state.last.set(partition, { offset: next - 1, chain: null });
      }
      show(status, 'Live: following ' + Object.keys(data.next).length + ' partitions');
      return;
    }
    const key = data.topic + ':' + data.partition;
    const last = state.last.get(key) || { offset: -1, chain: null };
    if (data.previousOffset !== last.chain) state.gaps++;
    state.last.set(key, { offset: data.offset, chain: data.offset });
    state.received++;
    if (name === 'undecodable') state.undecodable++;
    if (state.paused) state.buffer.push({ name, data }); else render({ name, data });
    updateCounts();
  }

  async function follow() {
    while (!controller.signal.aborted) {
      // continue where this page left off: every partition's last offset (a new stream restarts the chains)
      const after = [...state.last.entries()].map(([p, l]) => p + ':' + l.offset).join(',');
      for (const l of state.last.values()) l.chain = null;
      const filters = filterQuery(query);
      const path = '/api/v1/events/live' + filters + (after ? (filters ? '&' : '?') + 'after=' + encodeURIComponent(after) : '');
      try {
        await stream(path, receive, controller.signal);
        show(status, 'Stream ended; reconnecting…');
      } catch (e) {
        if (controller.signal.aborted) return;
        show(status, failure(e));
        if (e.status && e.status < 500) return;
      }
      await new Promise(resolve => setTimeout(resolve, 2000));
    }
  }
  follow();
  return () => controller.abort();
}
