// What runs and how it is doing: this service's status and the log's statistics.
import { api } from '../api.js';
import { facts, failure, h, loading, show, time } from '../dom.js';
import { eventLink } from '../links.js';

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
      h('thead', {}, h('tr', {}, ['Consumer', 'Group', 'Lag (events)', 'Lag (seconds)', 'Parked', 'Processed offsets',
        'Last processed', 'Last error'].map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, stats.projections.map(p => h('tr', { 'data-consumer': p.projection },
        h('th', { scope: 'row' }, p.projection), h('td', {}, p.consumerGroup),
        h('td', {}, p.events), h('td', {}, p.seconds), h('td', {}, p.parked ?? '—'),
        h('td', {}, p.processedOffsets), h('td', { className: 'last-processed' }, lastProcessed(p.lastProcessed)),
        h('td', { className: 'last-error' }, p.lastError ? [p.lastError.message, h('br'), time(p.lastError.at)] : '—')))))];
}

/** The last record a consumer processed on this instance: its event, place and when. */
function lastProcessed(last) {
  if (!last) return '—';
  return [last.eventId ? eventLink(last.eventId, last.eventType || last.eventId) : 'a record',
    ' · ' + last.topic + ' / ' + last.partition + ' / ' + last.offset, h('br'), 'processed ' + time(last.processedAt)];
}

/** The other services as each answers its own status now; one that does not answer says so. */
function servicesPart(services) {
  return [h('h2', { id: 'services-h' }, 'Services'),
    services.length ? h('table', { id: 'services' },
      h('thead', {}, h('tr', {}, ['Service', 'State', 'Version', 'Dependencies'].map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, services.map(s => h('tr', { 'data-service': s.service },
        h('th', { scope: 'row' }, s.service), h('td', {}, stateBadge(s.state), s.detail ? ' ' + s.detail : ''),
        h('td', {}, s.report ? s.report.version : '—'),
        h('td', {}, s.report ? s.report.dependencies.flatMap(d => [stateBadge(d.status), ' ' + d.name + ' ']) : '—')))))
      : h('p', { className: 'empty' }, 'No other service is configured (eventdesign.console.services).')];
}

export async function overviewView(main) {
  const servicesSection = h('section', { 'aria-labelledby': 'services-h' }, h('h2', { id: 'services-h' }, 'Services'),
    loading('the services\' status'));
  const statusSection = h('section', { 'aria-labelledby': 'status-h' }, h('h2', { id: 'status-h' }, 'projection-service'),
    loading('status'));
  const statsSection = h('section', { 'aria-labelledby': 'stats-h' }, h('h2', { id: 'stats-h' }, 'Event log'),
    loading('statistics'));
  show(main, h('h1', {}, 'Overview'), statusSection, servicesSection, statsSection);
  api('/api/v1/status/services').then(services => show(servicesSection, servicesPart(services)))
    .catch(e => show(servicesSection, h('h2', { id: 'services-h' }, 'Services'), failure(e)));
  api('/api/v1/status').then(status => show(statusSection, statusPart(status)))
    .catch(e => show(statusSection, h('h2', { id: 'status-h' }, 'projection-service'), failure(e)));
  api('/api/v1/events/stats').then(stats => show(statsSection, statsPart(stats)))
    .catch(e => show(statsSection, h('h2', { id: 'stats-h' }, 'Event log'), failure(e)));
}
