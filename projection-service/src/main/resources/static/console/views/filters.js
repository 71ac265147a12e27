// The filter form shared by the live view and the event log: its values live in the address.
import { api } from '../api.js';
import { h } from '../dom.js';
import { query } from '../links.js';

export const FILTERS = ['aggregateType', 'eventType', 'tenantId', 'actor', 'correlationId'];

let aggregateTypes;

async function knownAggregateTypes() {
  if (!aggregateTypes) {
    const types = await api('/api/v1/events/types');
    aggregateTypes = [...new Set(types.filter(t => t.kind === 'EVENT').map(t => t.aggregateType))].sort();
  }
  return aggregateTypes;
}

/** A form of the filters in query; submitting it goes to base with the new filters. */
export async function filterForm(base, query_, extra = []) {
  const types = await knownAggregateTypes().catch(() => []);
  const field = (name, label, input) => h('label', {}, label, input);
  const text = name => h('input', { name, id: 'filter-' + name, value: query_.get(name) || '', autocomplete: 'off' });
  const form = h('form', { className: 'filters', role: 'search', 'aria-label': 'Filter events' },
    field('aggregateType', 'Aggregate type', h('select', { name: 'aggregateType' },
      h('option', { value: '' }, 'any'),
      types.map(t => h('option', { value: t, selected: query_.get('aggregateType') === t }, t)))),
    field('eventType', 'Event type', text('eventType')),
    field('tenantId', 'Tenant', text('tenantId')),
    field('actor', 'Actor', text('actor')),
    field('correlationId', 'Correlation', text('correlationId')),
    extra,
    h('button', { type: 'submit' }, 'Apply'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(form).entries());
    location.hash = base + query(values);
  });
  return form;
}

/** The API query of the filters in query (only the known ones, non-empty). */
export function filterQuery(query_, names = FILTERS) {
  return query(Object.fromEntries(names.map(n => [n, query_.get(n)])));
}
