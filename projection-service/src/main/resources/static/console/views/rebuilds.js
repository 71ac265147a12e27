// Rebuilds (admins): every rebuildable table with the progress of its last rebuild on this instance, a
// rebuild started with a reason and the table's name typed, followed to the end; the history from the audit.
import { api } from '../api.js';
import { empty, failure, h, loading, show, time } from '../dom.js';
import { query } from '../links.js';
import { operatorAction } from './actions.js';

const FINISHED = ['COMPLETED', 'FAILED'];

function progressCells(status) {
  if (!status) return [h('td', { colspan: 5, className: 'muted' }, 'not rebuilt since this instance started')];
  const bar = h('progress', { max: 100, value: Math.round(status.percent), 'aria-label': 'Rebuild of ' + status.projection });
  return [
    h('td', {}, h('span', { className: 'state state-' + status.state.toLowerCase() }, status.state)),
    h('td', {}, bar, ' ', Math.round(status.percent) + ' %'),
    h('td', {}, status.replayedRecords + ' records, ' + status.replayedOffsets + ' / ' + status.targetOffsets + ' offsets',
      status.parkedRecords ? ' · ' + status.parkedRecords + ' left out (parked)' : ''),
    h('td', {}, Math.round(status.offsetsPerSecond) + '/s',
      status.state === 'INDEXING' ? ' · building indexes' : status.etaSeconds !== null ? ' · ETA ' + status.etaSeconds + ' s' : ''),
    h('td', {}, time(status.startedAt), status.finishedAt ? [' → ', time(status.finishedAt)] : '', status.error ? ' · ' + status.error : ''),
  ];
}

export async function rebuildsView(main) {
  const rows = h('tbody', { id: 'rebuild-rows' });
  const history = h('div', {}, loading('history'));
  show(main, h('h1', {}, 'Rebuilds'),
    h('p', {}, 'A rebuild replays a table\'s source topics into a shadow table while the live one keeps serving, then swaps them.'),
    h('table', {}, h('thead', {}, h('tr', {}, ['Table', 'State', 'Progress', 'Replayed', 'Rate', 'When', ''].map(c => h('th', { scope: 'col' }, c)))), rows),
    h('h2', {}, 'History'), history);
  let tables;
  try {
    tables = await api('/api/v1/admin/projections');
  } catch (e) {
    show(rows, h('tr', {}, h('td', { colspan: 7 }, failure(e))));
    show(history);
    return;
  }
  const timers = [];
  let left = false;
  const status = table => api('/api/v1/admin/projections/' + encodeURIComponent(table) + '/rebuild').catch(e => e.status === 404 ? null : Promise.reject(e));
  async function renderRow(row, table) {
    let current;
    try {
      current = await status(table);
    } catch (e) {
      show(row, h('th', { scope: 'row' }, table), h('td', { colspan: 6 }, failure(e)));
      return;
    }
    const running = current && !FINISHED.includes(current.state);
    show(row, h('th', { scope: 'row' }, table), progressCells(current),
      h('td', {}, h('button', { type: 'button', className: 'rebuild', disabled: running,
        onclick: async () => {
          const summary = await operatorAction({ title: 'Rebuild ' + table, submitLabel: 'Rebuild', confirmText: table,
            description: 'Replays every source topic of ' + table + '; reads keep being served by the live table until the swap.',
            run: async reason => {
              const started = await api('/api/v1/admin/projections/' + encodeURIComponent(table) + '/rebuild' + query({ reason }), { method: 'POST' });
              return 'Rebuild of ' + table + ' started (' + started.state + ')';
            } });
          if (summary) follow(row, table);
        } }, 'Rebuild')));
    return current;
  }
  function follow(row, table) {
    const tick = async () => {
      const current = await renderRow(row, table);
      if (left) return;
      if (current && !FINISHED.includes(current.state)) timers.push(setTimeout(tick, 500));
      else loadHistory();
    };
    tick();
  }
  async function loadHistory() {
    try {
      const audit = await api('/api/v1/admin/audit?action=projection.rebuild&limit=20');
      show(history, audit.items.length ? h('ol', { className: 'history' }, audit.items.map(entry => h('li', {},
        time(entry.at), ' ', h('strong', {}, entry.target), ' by ', entry.actor, ': ', entry.reason, ' · ', entry.outcome)))
        : empty('No rebuild yet.'));
    } catch (e) {
      show(history, failure(e));
    }
  }
  for (const table of tables) {
    const row = h('tr', { 'data-table': table }, h('th', { scope: 'row' }, table), h('td', { colspan: 6 }, loading('status')));
    rows.append(row);
    follow(row, table);
  }
  return () => {
    left = true;
    timers.forEach(clearTimeout);
  };
}
