// The API of this service, called with the logged-in person's token. Refusals arrive as RFC 9457 problems.
import { login, token } from './auth.js';
import { failure, h, loading, show } from './dom.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem && (problem.detail || problem.title) || 'the service answered ' + status);
    this.status = status;
    this.problem = problem;
  }
}

async function authorized(path, options = {}) {
  const access = token();
  if (!access) {
    await login();
    throw new ApiError(401, { title: 'Logging in…' });
  }
  let response;
  try {
    response = await fetch(path, { ...options, headers: { ...(options.headers || {}), Authorization: 'Bearer ' + access } });
  } catch (e) {
    throw new ApiError(0, { title: 'Service unreachable', detail: 'projection-service did not answer: is it running?' });
  }
  if (response.status === 401) {
    await login();
    throw new ApiError(401, { title: 'Logging in…' });
  }
  return response;
}

/** GET (or another method) of a JSON resource; throws ApiError for anything but 2xx. */
export async function api(path, options = {}) {
  const response = await authorized(path, { ...options, headers: { Accept: 'application/json', ...(options.headers || {}) } });
  const text = await response.text();
  const body = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/**
 * Reads a Server-Sent Events stream (with the token, which EventSource cannot send) and calls
 * onEvent(name, data, id) for each event until the stream ends or signal aborts.
 */
export async function stream(path, onEvent, signal) {
  const response = await authorized(path, { headers: { Accept: 'text/event-stream' }, signal });
  if (!response.ok) {
    const text = await response.text();
    throw new ApiError(response.status, text ? JSON.parse(text) : null);
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let name = 'message', id = null;
      const data = [];
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const content = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') name = content;
        else if (field === 'data') data.push(content);
        else if (field === 'id') id = content;
      }
      if (data.length) onEvent(name, JSON.parse(data.join('\n')), id);
    }
  }
}

/**
 * A view's data: shows the view's heading and a loading state while {@code path} loads, and the failure
 * instead of the view when it cannot; answers the data, or null after a failure.
 */
export async function loadView(main, title, what, path) {
  show(main, h('h1', {}, title), loading(what));
  try {
    return await api(path);
  } catch (e) {
    show(main, h('h1', {}, title), failure(e));
    return null;
  }
}
