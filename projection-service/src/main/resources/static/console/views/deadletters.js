// The dead-letter workbench (admins): parked records grouped by why they were parked, each group and each
// record retried (re-publishing is safe to repeat), a record discarded with a reason and a typed confirmation.
import { api } from '../api.js';
import { empty, facts, failure, h, json, loading, show, time } from '../dom.js';
import { aggregateLink, query } from '../links.js';
import { operatorAction } from './actions.js';

/** Reasons differ by ids, offsets and the refused row's values; a group is the reason without those. */
export function reasonGroup(reason) {
  return reason.split(/\s+Detail:/)[0].replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '…').replace(/\d+/g, '#');
}

const AGGREGATE_OF_TOPIC = { users: 'user', requests: 'request', payments: 'payment', tenants: 'tenant', workspaces: 'workspace' };

function keyCell(record) {
  const type = AGGREGATE_OF_TOPIC[record.topic.split('.')[0]];
  return type && record.key ? aggregateLink(type, record.key) : record.key || '—';
}

async function republish(filter, reason) {
  const result = await api('/api/v1/admin/dead-letters/republish' + query({ ...filter, reason }), { method: 'POST' });
  return 'PostgreSQL sink: re-applied ' + result.postgresqlSink.republished + ', still parked ' + result.postgresqlSink.stillParked
    + '; state topologies asked for ' + (result.stateTopologies.requestedFor.join(', ') || 'nothing');
}

/** A record's Kafka headers: as text where they are, else their base64. */
function headerTable(headers) {
  if (!headers.length) return empty('No headers.');
  return h('table', { className: 'headers' }, h('caption', {}, 'Headers'),
    h('thead', {}, h('tr', {}, ['Header', 'Value'].map(c => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, headers.map(header => h('tr', { 'data-header': header.key }, h('th', { scope: 'row' }, header.key),
      h('td', {}, header.text ?? (header.base64 === null ? '(null)' : h('code', {}, 'base64 ' + header.base64)))))));
}

/** The record's original bytes, decoded where possible, loaded when opened. */
function inspector(record) {
  const body = h('div', {}, loading('the original bytes'));
  const details = h('details', { className: 'inspect' }, h('summary', {}, 'Original bytes'), body);
  details.addEventListener('toggle', async () => {
    if (!details.open || body.dataset.loaded) return;
    body.dataset.loaded = 'yes';
    try {
      const parked = await api('/api/v1/admin/dead-letters/record' + query({ topic: record.topic, key: record.key,
        partition: record.partition, offset: record.offset }));
      show(body, facts([['Held by', parked.heldBy.join(', ')], ['Size', parked.bytes.sizeBytes + ' bytes'],
        ['Diagnostics', parked.bytes.diagnostics],
        ['Written', parked.original ? time(parked.original.timestamp) : 'no longer on its topic']]),
        parked.original ? headerTable(parked.original.headers) : null,
        parked.bytes.decoded ? json(parked.bytes.decoded) : null,
        parked.bytes.hexPreview ? h('pre', { className: 'json hex', tabindex: 0 }, parked.bytes.hexPreview) : null);
    } catch (e) {
      show(body, failure(e));
    }
  });
  return details;
}

export async function deadLettersView(main) {
  const outcome = h('div', { role: 'status', 'aria-live': 'polite', id: 'outcome' });
  const body = h('div', {}, loading('parked records'));
  const refresh = h('button', { type: 'button', id: 'refresh' }, 'Refresh');
  show(main, h('h1', {}, 'Dead letters'), h('div', { className: 'toolbar' }, refresh), outcome, body);
  refresh.addEventListener('click', () => reload());

  async function reload() {
    let parked;
    try {
      parked = await api('/api/v1/admin/dead-letters?limit=1000');
    } catch (e) {
      show(body, failure(e));
      return;
    }
    const records = [
      ...parked.postgresqlSink.records.map(r => ({ ...r, consumer: 'postgresql-sink' })),
      ...parked.stateTopologies.records.map(r => ({ ...r, consumer: 'state-topologies' }))];
    if (!records.length) {
      show(body, empty('Nothing is parked. Records a consumer cannot decode or write are parked here with the later records of their key.'));
      return;
    }
    const groups = new Map();
    for (const record of records) {
      const group = reasonGroup(record.reason);
      if (!groups.has(group)) groups.set(group, []);
      groups.get(group).push(record);
    }
    const act = async (title, run, confirmText, description) => {
      const summary = await operatorAction({ title, description, confirmText, submitLabel: title.split(' ')[0], run });
      if (summary) {
        show(outcome, summary);
        await reload();
      }
    };
    show(body,
      h('p', {}, records.length + ' parked record(s) in ' + groups.size + ' group(s); PostgreSQL sink ' + parked.postgresqlSink.parked
        + ', state topologies ' + parked.stateTopologies.parked + '. ',
        h('button', { type: 'button', id: 'retry-all',
          onclick: () => act('Retry every parked record', reason => republish({}, reason)) }, 'Retry all')),
      [...groups.entries()].map(([group, members], index) => h('section', { className: 'group', 'aria-labelledby': 'group-' + index },
        h('h2', { id: 'group-' + index }, members.length + ' × ', h('code', {}, group)),
        h('button', { type: 'button', className: 'retry-group',
          onclick: () => act('Retry ' + members.length + ' record(s) of this group', async reason => {
            const keys = [...new Map(members.map(m => [m.topic + ' ' + m.key, m])).values()];
            const done = [];
            for (const m of keys) done.push(await republish({ topic: m.topic, key: m.key }, reason));
            return done.join(' · ');
          }) }, 'Retry group'),
        h('table', {},
          h('thead', {}, h('tr', {}, ['Consumer', 'Topic / partition / offset', 'Key', 'Reason', 'Actions'].map(c => h('th', { scope: 'col' }, c)))),
          h('tbody', {}, members.map(m => {
            const where = m.topic + '-' + m.partition + '@' + m.offset;
            return h('tr', { 'data-parked': where },
              h('td', {}, m.consumer), h('td', {}, where), h('td', {}, keyCell(m)), h('td', {}, m.reason, inspector(m)),
              h('td', {},
                h('button', { type: 'button', className: 'retry',
                  onclick: () => act('Retry ' + where, reason => republish({ topic: m.topic, key: m.key }, reason)) }, 'Retry'), ' ',
                h('button', { type: 'button', className: 'discard danger',
                  onclick: () => act('Discard ' + where, async reason => {
                    const result = await api('/api/v1/admin/dead-letters/discard' + query({ topic: m.topic, key: m.key,
                      partition: m.partition, offset: m.offset, reason }), { method: 'POST' });
                    return 'Discarded ' + where + (result.postgresqlSink.discarded ? '; the records behind it re-applied: '
                      + result.postgresqlSink.republished : '');
                  }, where, 'The record is dropped for good from every consumer (its bytes stay on the dead-letter topic).') },
                'Discard')));
          }))))));
  }
  await reload();
}
