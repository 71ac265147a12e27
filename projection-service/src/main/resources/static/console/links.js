// The console's addresses: every view has its own URL (the fragment), so any of them can be shared.
import { link } from './dom.js';

const enc = encodeURIComponent;

export const aggregateHref = (type, id, version) =>
  '#/aggregates/' + enc(type) + '/' + enc(id) + (version ? '?version=' + version : '');
export const eventHref = id => '#/events/' + enc(id);
export const sagaHref = correlationId => '#/sagas/' + enc(correlationId);
export const contractHref = type => '#/contract/' + enc(type);

export const aggregateLink = (type, id, version) => link(aggregateHref(type, id, version), type + ' ' + id);
export const eventLink = (id, text) => link(eventHref(id), text || id);
export const sagaLink = correlationId => correlationId ? link(sagaHref(correlationId), correlationId) : '—';

/** A query string from the non-empty entries of values. */
export function query(values) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== null && value !== undefined && value !== '') params.set(key, value);
  }
  const text = params.toString();
  return text ? '?' + text : '';
}
