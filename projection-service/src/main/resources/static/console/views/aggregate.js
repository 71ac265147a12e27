// One aggregate through time: every version, the state after it (folded by the read model's own reducer,
// on the server), the fields each event changed, the state as of any instant, and two versions side by side.
import { loadView } from '../api.js';
import { empty, flatten, h, show, text, time } from '../dom.js';
import { aggregateHref, eventLink, sagaLink } from '../links.js';
import { aggregateRows } from './rows.js';

export async function aggregateView(main, [type, id], query) {
  const timeline = await loadView(main, type + ' ' + id, 'its history',
    '/api/v1/events/aggregates/' + encodeURIComponent(type) + '/' + encodeURIComponent(id) + '/states');
  if (!timeline) return;
  const versions = timeline.versions;
  const first = versions[0], lastVersion = versions[versions.length - 1];
  const times = versions.map(v => Date.parse(v.occurredAt));
  const byNumber = n => versions.find(v => v.version === n);
  const atInstant = ms => versions.filter((v, i) => times[i] <= ms).pop() || first;

  let selected = byNumber(Number(query.get('version'))) || (query.get('at') ? atInstant(Date.parse(query.get('at'))) : lastVersion);
  let compare = byNumber(Number(query.get('compare')));

  const versionSlider = h('input', { type: 'range', id: 'version-slider', min: first.version, max: lastVersion.version, step: 1,
    value: selected.version });
  const versionOut = h('output', { for: 'version-slider', id: 'version-out' });
  const timeSlider = h('input', { type: 'range', id: 'time-slider', min: times[0], max: times[times.length - 1],
    step: 1, value: Date.parse(selected.occurredAt) });
  const timeOut = h('output', { for: 'time-slider', id: 'time-out' });
  const compareSelect = h('select', { id: 'compare' }, h('option', { value: '' }, 'none'),
    versions.map(v => h('option', { value: v.version }, 'v' + v.version + ' ' + v.eventType)));
  const list = h('ol', { className: 'versions', id: 'versions' });
  const stateBox = h('section', { 'aria-labelledby': 'state-h', id: 'state' });
  const diffBox = h('section', { 'aria-label': 'Comparison', id: 'diff' });

  show(main, h('h1', {}, type + ' ', h('code', {}, id)),
    timeline.folded ? null : h('p', { className: 'note' }, 'No read model folds ' + type + ' events: events only.'),
    h('div', { className: 'controls' },
      h('label', { for: 'version-slider' }, 'Version'), versionSlider, versionOut,
      h('label', { for: 'time-slider' }, 'As of'), timeSlider, timeOut,
      h('label', { for: 'compare' }, 'Compare with'), compareSelect),
    h('div', { className: 'split' }, h('nav', { 'aria-label': 'Versions' }, list), h('div', {}, stateBox, diffBox)),
    aggregateRows(type, id));

  function address(extra) {
    const params = new URLSearchParams({ version: selected.version });
    if (compare) params.set('compare', compare.version);
    if (extra) params.set('at', extra);
    history.replaceState(null, '', '#' + aggregateHref(type, id).slice(1) + '?' + params);
  }

  function render(asOf) {
    versionSlider.value = selected.version;
    show(versionOut, 'v' + selected.version + ' of ' + lastVersion.version);
    if (asOf === undefined) timeSlider.value = Date.parse(selected.occurredAt);
    show(timeOut, time(new Date(Number(timeSlider.value)).toISOString()));
    compareSelect.value = compare ? compare.version : '';
    show(list, versions.map(v => h('li', { className: v === selected ? 'selected' : '' },
      h('a', { href: aggregateHref(type, id, v.version), 'aria-current': v === selected ? 'true' : null,
        onclick: event => { event.preventDefault(); selected = v; address(); render(); } },
      'v' + v.version + ' ', h('strong', {}, v.eventType)), ' ', time(v.occurredAt))));
    const changed = new Set(selected.changedFields);
    const fields = flatten(selected.state || {});
    show(stateBox, h('h2', { id: 'state-h' }, 'State after v' + selected.version),
      h('p', {}, eventLink(selected.eventId, selected.eventType), ' by ', selected.actor, ' · saga ', sagaLink(selected.correlationId)),
      fields.length ? h('table', { className: 'state-table' },
        h('caption', {}, selected.changedFields.length + ' field(s) changed by this event'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Field'), h('th', { scope: 'col' }, 'Value'))),
        h('tbody', {}, fields.map(([path, value]) => h('tr', { className: changed.has(path) ? 'changed' : '', 'data-field': path },
          h('th', { scope: 'row' }, path, changed.has(path) ? h('span', { className: 'badge' }, 'changed') : null),
          h('td', {}, text(value)))))) : empty('No state (' + (timeline.folded ? 'none after this event' : 'not folded') + ').'));
    renderDiff();
  }

  function renderDiff() {
    if (!compare) {
      show(diffBox);
      return;
    }
    const before = new Map(flatten(compare.state || {}));
    const after = new Map(flatten(selected.state || {}));
    const paths = [...new Set([...before.keys(), ...after.keys()])]
      .filter(p => JSON.stringify(before.get(p)) !== JSON.stringify(after.get(p)));
    show(diffBox, h('h2', {}, 'v' + compare.version + ' → v' + selected.version),
      paths.length ? h('table', { className: 'diff-table' },
        h('thead', {}, h('tr', {}, ['Field', 'v' + compare.version, 'v' + selected.version].map(c => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, paths.map(p => h('tr', { 'data-field': p }, h('th', { scope: 'row' }, p),
          h('td', {}, text(before.get(p))), h('td', {}, text(after.get(p)))))))
        : empty('The two versions have the same state.'));
  }

  versionSlider.addEventListener('input', () => { selected = byNumber(Number(versionSlider.value)) || selected; address(); render(); });
  timeSlider.addEventListener('input', () => {
    const ms = Number(timeSlider.value);
    selected = atInstant(ms);
    address(new Date(ms).toISOString());
    render(ms);
  });
  compareSelect.addEventListener('change', () => { compare = byNumber(Number(compareSelect.value)); address(); render(); });
  render(query.get('at') ? (timeSlider.value = Date.parse(query.get('at'))) : undefined);
}
