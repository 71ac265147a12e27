// The operator audit (admins): who did what, with which parameters, why, and what it answered.
import { loadView } from '../api.js';
import { empty, h, json, show, time } from '../dom.js';

export async function auditView(main) {
  const audit = await loadView(main, 'Operator audit', 'the audit', '/api/v1/admin/audit?limit=200');
  if (!audit) return;
  show(main, h('h1', {}, 'Operator audit'),
    audit.items.length ? h('table', { id: 'audit' },
      h('caption', {}, 'Newest first: every rebuild, replay, re-publish and discard'),
      h('thead', {}, h('tr', {}, ['When', 'Who', 'Action', 'Target', 'Reason', 'Outcome', 'Details'].map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, audit.items.map(entry => h('tr', { 'data-action': entry.action },
        h('td', {}, time(entry.at)), h('td', {}, entry.actor), h('td', {}, entry.action), h('td', {}, entry.target || 'everything'),
        h('td', {}, entry.reason), h('td', {}, entry.outcome),
        h('td', {}, h('details', {}, h('summary', {}, 'parameters and result'), json({ parameters: entry.parameters, result: entry.result })))))))
      : empty('No operator action yet.'));
}
