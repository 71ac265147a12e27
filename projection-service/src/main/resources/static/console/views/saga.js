// A correlation chain as a timeline: causes before effects, one lane per aggregate type (the service that
// owns it), each step placed by its time since the first.
import { loadView } from '../api.js';
import { empty, h, show, time } from '../dom.js';
import { aggregateLink, eventLink } from '../links.js';

export async function sagaView(main, [correlationId]) {
  const chain = await loadView(main, 'Saga', 'the chain', '/api/v1/events?correlationId=' + encodeURIComponent(correlationId));
  if (!chain) return;
  const events = chain.items;
  if (!events.length) {
    show(main, h('h1', {}, 'Saga'), empty('No event carries the correlation id ' + correlationId + '.'));
    return;
  }
  const start = Date.parse(events[0].occurredAt);
  const span = Math.max(1, Math.max(...events.map(e => Date.parse(e.occurredAt))) - start);
  const lanes = [...new Set(events.map(e => e.aggregateType))];
  const ids = new Set(events.map(e => e.eventId));
  show(main, h('h1', {}, 'Saga ', h('code', {}, correlationId)),
    h('p', {}, events.length + ' events across ' + lanes.join(', ') + ' in ' + span + ' ms; causes before effects.'),
    h('ol', { className: 'saga', id: 'saga' }, events.map((e, i) => {
      const offset = Date.parse(e.occurredAt) - start;
      const bar = h('span', { className: 'bar lane-' + lanes.indexOf(e.aggregateType) });
      bar.style.marginLeft = (offset / span * 60) + '%';
      return h('li', { 'data-event-id': e.eventId },
        h('div', { className: 'step' },
          h('span', { className: 'offset' }, '+' + offset + ' ms'),
          h('span', { className: 'lane' }, e.aggregateType),
          eventLink(e.eventId, e.eventType), ' on ', aggregateLink(e.aggregateType, e.aggregateId, e.aggregateVersion),
          ' by ', e.actor,
          e.causationId && ids.has(e.causationId) && i > 0 ? h('span', { className: 'muted' }, ' · caused by step ',
            String(events.findIndex(c => c.eventId === e.causationId) + 1)) : null,
          ' · ', time(e.occurredAt)),
        bar);
    })));
}
