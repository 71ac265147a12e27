// The public contract: every event and state type with its topic, schema versions, fingerprints, schema and example.
import { loadView } from '../api.js';
import { h, json, show } from '../dom.js';

export async function contractView(main, [selectedType]) {
  const types = await loadView(main, 'Contract', 'the catalogue', '/api/v1/events/types');
  if (!types) return;
  show(main, h('h1', {}, 'Contract'),
    h('p', {}, types.length + ' types; the schemas are Avro, the topics keyed by aggregate id.'),
    types.map(t => {
      const details = h('details', { id: 'type-' + t.type, open: t.type === selectedType },
        h('summary', {}, h('strong', {}, t.type), ' · ', t.kind.toLowerCase(), ' of ', t.aggregateType, ' on ', h('code', {}, t.topic || '—')),
        h('p', {}, t.description),
        h('table', {}, h('caption', {}, 'Versions'),
          h('thead', {}, h('tr', {}, ['Version', 'Fingerprint', 'Current'].map(c => h('th', { scope: 'col' }, c)))),
          h('tbody', {}, t.versions.map(v => h('tr', {}, h('td', {}, 'v' + v.version), h('td', {}, h('code', {}, v.fingerprint)),
            h('td', {}, v.current ? 'current' : ''))))),
        h('h3', {}, 'Example'), json(t.example),
        h('h3', {}, 'Schema'), json(t.schema));
      return details;
    }));
  if (selectedType) {
    const target = document.getElementById('type-' + selectedType);
    if (target) target.scrollIntoView();
  }
}
