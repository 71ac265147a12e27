// What runs and how it is doing: this service's status and the log's statistics.
import { api } from '../api.js';
import { facts, failure, h, loading, show, time } from '../dom.js';

function stateBadge(state) {
  return h('span', { className: 'state state-' + String(state).toLowerCase() }, state);
}

function statusPart(status) {
  return [h('h2', { id: 'status-h' }, status.service),
    facts([['State', stateBadge(status.status)], ['Version', status.version], ['Started', time(status.startedAt)]]),
    h('h3', {}, 'Dependencies'),
    h('ul', { className: 'states' }, status.dependencies.map(d =>
      h('li', {}, stateBadge(d.status), ' ', d.name, d.detail ? h('span', { className: 'muted' }, ' · ' + d.detail) : null))),
    h('h3', {}, 'Features'),
    h('ul', {}, status.features.map(f => h('li', {}, h('strong', {}, f.name), ': ', f.description)))];
}

function statsPart(stats) {
  return [h('h2', { id: 'stats-h' }, 'Event log'),
    facts([['Events', stats.totalEvents], ['Aggregates', stats.uniqueAggregates], ['First event', time(stats.firstEventAt)],
      ['Last event', time(stats.lastEventAt)], ['Dead letters written', stats.deadLetters]]),
    h('table', {},
      h('caption', {}, 'Projections'),
      h('thead', {}, h('tr', {}, ['Consumer', 'Group', 'Lag (events)', 'Lag (seconds)', 'Parked', 'Processed offsets']
        .map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, stats.projections.map(p => h('tr', {}, h('th', { scope: 'row' }, p.projection), h('td', {}, p.consumerGroup),
        h('td', {}, p.events), h('td', {}, p.seconds), h('td', {}, p.parked ?? '—'),
        h('td', {}, p.processedOffsets)))))];
}

export async function overviewView(main) {
  const statusSection = h('section', { 'aria-labelledby': 'status-h' }, h('h2', { id: 'status-h' }, 'projection-service'),
    loading('status'));
  const statsSection = h('section', { 'aria-labelledby': 'stats-h' }, h('h2', { id: 'stats-h' }, 'Event log'),
    loading('statistics'));
  show(main, h('h1', {}, 'Overview'), statusSection, statsSection);
  api('/api/v1/status').then(status => show(statusSection, statusPart(status)))
    .catch(e => show(statusSection, h('h2', { id: 'status-h' }, 'projection-service'), failure(e)));
  api('/api/v1/events/stats').then(stats => show(statsSection, statsPart(stats)))
    .catch(e => show(statsSection, h('h2', { id: 'stats-h' }, 'Event log'), failure(e)));
}
