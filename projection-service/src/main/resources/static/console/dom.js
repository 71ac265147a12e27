// Building the page from data without ever parsing it as HTML: every value becomes text.

/** h('a', {href: '#/'}, 'text', child, ...): an element with attributes (on* are listeners) and children. */
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'className') element.className = value;
    else element.setAttribute(name, value === true ? '' : value);
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces the content of element. */
export function show(element, ...children) {
  element.replaceChildren();
  append(element, children);
}

export function link(href, text, attrs = {}) {
  return h('a', { href, ...attrs }, text);
}

/** A value as indented JSON text. */
export function json(value) {
  return h('pre', { className: 'json', tabindex: 0 }, JSON.stringify(value, null, 2));   // a scrollable region: reachable by keyboard
}

/** An instant as local date and time with milliseconds, the ISO text kept as its title. */
export function time(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  const text = date.toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'medium' }) + '.'
      + String(date.getMilliseconds()).padStart(3, '0');
  return h('time', { datetime: iso, title: iso }, text);
}

export function loading(what) {
  return h('p', { className: 'loading', role: 'status' }, 'Loading ' + what + '…');
}

export function empty(text) {
  return h('p', { className: 'empty' }, text);
}

/** A refusal or failure as a readable message: what happened and what to do. */
export function failure(error) {
  const problem = error.problem || {};
  const fields = (problem.errors || []).map(e => h('li', {}, h('code', {}, e.field), ': ', e.message));
  const title = error.status === 0 ? 'Service unreachable'
      : error.status === 403 ? 'Not allowed'
      : error.status === 404 ? 'Not found'
      : error.status >= 500 ? 'The service is not available right now' : (problem.title || 'Request refused');
  return h('div', { className: 'failure', role: 'alert' },
    h('strong', {}, title), h('p', {}, error.message),
    fields.length ? h('ul', {}, fields) : null);
}

/** A description list of label/value pairs (values may be nodes). */
export function facts(pairs) {
  return h('dl', { className: 'facts' }, pairs.filter(([, v]) => v !== null && v !== undefined && v !== '')
      .flatMap(([label, value]) => [h('dt', {}, label), h('dd', {}, value)]));
}

/** Leaf fields of a state as dotted paths (lists stay whole), in order. */
export function flatten(value, prefix = '', out = []) {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    if (!keys.length && prefix) out.push([prefix, value]);
    for (const key of keys) flatten(value[key], prefix ? prefix + '.' + key : key, out);
  } else if (prefix) {
    out.push([prefix, value]);
  }
  return out;
}

export function text(value) {
  return value === null || value === undefined ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value);
}
