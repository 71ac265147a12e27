// Bounded replays (admins): choose what to re-deliver (event types, an aggregate type, one aggregate, a time
// range) to a replay.* topic, see what it would touch first, then start it with a reason and the target typed,
// and follow it to the end. Nothing replays without a preview of the same choice.
import { api } from '../api.js';
import { facts, failure, h, show, time } from '../dom.js';
import { operatorAction } from './actions.js';

/** The comma-separated types, or nothing (never an empty list: the API refuses one). */
function listed(text) {
  const types = text.split(',').map(t => t.trim()).filter(Boolean);
  return types.length ? types : undefined;
}

function instant(value) {
  return value ? new Date(value).toISOString() : undefined;
}

export async function replaysView(main) {
  try {
    await api('/api/v1/admin/projections');   // the API says whether this person may run admin work
  } catch (e) {
    show(main, h('h1', {}, 'Replays'), failure(e));
    return;
  }
  const types = await api('/api/v1/events/types').catch(() => []);
  const aggregateTypes = [...new Set(types.filter(t => t.kind === 'EVENT').map(t => t.aggregateType))].sort();
  const field = (label, input) => h('label', {}, label, input);
  const form = h('form', { className: 'filters', id: 'replay-form', 'aria-label': 'What to replay' },
    field('Aggregate type', h('select', { name: 'aggregateType' }, h('option', { value: '' }, 'by event types'),
      aggregateTypes.map(t => h('option', { value: t }, t)))),
    field('Aggregate id', h('input', { name: 'aggregateId', autocomplete: 'off' })),
    field('Event types (comma-separated)', h('input', { name: 'eventTypes', autocomplete: 'off' })),
    field('From (optional)', h('input', { name: 'from', type: 'datetime-local', step: 1 })),
    field('To', h('input', { name: 'to', type: 'datetime-local', step: 1, required: true })),
    field('Target topic', h('input', { name: 'targetTopic', value: 'replay.', autocomplete: 'off', required: true })),
    h('button', { type: 'submit' }, 'Preview'));
  const previewBox = h('section', { 'aria-label': 'Preview', id: 'preview' });
  const progress = h('section', { 'aria-label': 'Progress', id: 'replay-progress' });
  show(main, h('h1', {}, 'Replays'),
    h('p', {}, 'A bounded replay re-delivers chosen events, with their keys and headers, to a replay.* topic for another consumer; nothing live is touched.'),
    form, previewBox, progress);

  const request = () => {
    const values = Object.fromEntries(new FormData(form).entries());
    return {
      aggregateType: values.aggregateType || undefined, aggregateId: values.aggregateId.trim() || undefined,
      eventTypes: listed(values.eventTypes),
      from: instant(values.from), to: instant(values.to), targetTopic: values.targetTopic.trim(),
    };
  };
  const post = (path, body) => api(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  let timer = null;

  form.addEventListener('submit', async event => {
    event.preventDefault();
    const chosen = request();
    show(previewBox, h('p', { className: 'loading', role: 'status' }, 'Previewing…'));
    let preview;
    try {
      preview = await post('/api/v1/admin/replays/preview', chosen);
    } catch (e) {
      show(previewBox, failure(e));
      return;
    }
    const start = h('button', { type: 'button', id: 'start-replay', className: 'primary' }, 'Start replay');
    show(previewBox, h('h2', {}, 'What it touches'),
      facts([['Reads', preview.sourceTopics.join(', ')], ['Offsets to read', preview.offsetsToRead],
        ['Matching events (event log)', preview.matchingEvents], ['Into', chosen.targetTopic]]),
      h('table', {}, h('thead', {}, h('tr', {}, ['Topic', 'Partition', 'From offset', 'To offset'].map(c => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, preview.ranges.map(r => h('tr', {}, h('td', {}, r.topic), h('td', {}, r.partition), h('td', {}, r.fromOffset),
          h('td', {}, r.toOffset))))),
      start);
    start.addEventListener('click', async () => {
      const started = await operatorAction({ title: 'Replay ' + preview.matchingEvents + ' event(s) into ' + chosen.targetTopic,
        submitLabel: 'Replay', confirmText: chosen.targetTopic,
        description: 'Reads ' + preview.offsetsToRead + ' offsets of ' + preview.sourceTopics.join(', ') + '.',
        run: reason => post('/api/v1/admin/replays', { ...chosen, reason }) });
      if (started) follow(started.id, preview.offsetsToRead);
    });
  });

  function follow(id, offsets) {
    const tick = async () => {
      let status;
      try {
        status = await api('/api/v1/admin/replays/' + encodeURIComponent(id));
      } catch (e) {
        show(progress, failure(e));
        return;
      }
      const percent = status.state === 'COMPLETED' ? 100 : offsets ? Math.min(99, Math.round(100 * status.scannedRecords / offsets)) : 0;
      show(progress, h('h2', {}, 'Replay ', h('code', {}, id)),
        h('p', {}, h('span', { className: 'state state-' + status.state.toLowerCase(), id: 'replay-state' }, status.state), ' ',
          h('progress', { max: 100, value: percent, 'aria-label': 'Replay progress' }), ' ', percent + ' %'),
        facts([['Scanned records', status.scannedRecords], ['Re-delivered events', status.replayedEvents],
          ['Started', time(status.startedAt)], ['Finished', time(status.finishedAt)], ['Error', status.error]]));
      if (status.state === 'RUNNING') timer = setTimeout(tick, 500);
    };
    tick();
  }
  return () => clearTimeout(timer);
}
