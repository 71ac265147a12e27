// The console's shell: login, the access check, and the router from the address's fragment to a view.
import { api } from './api.js';
import { claims, completeLogin, isAdmin, login, logout, token } from './auth.js';
import { failure, h, show } from './dom.js';
import { aggregateView } from './views/aggregate.js';
import { auditView } from './views/audit.js';
import { deadLettersView } from './views/deadletters.js';
import { rebuildsView } from './views/rebuilds.js';
import { replaysView } from './views/replays.js';
import { contractView } from './views/contract.js';
import { eventView, logView } from './views/events.js';
import { liveView } from './views/live.js';
import { overviewView } from './views/overview.js';
import { sagaView } from './views/saga.js';

const routes = [
  [/^\/?$/, overviewView, 'Overview'],
  [/^\/live$/, liveView, 'Live events'],
  [/^\/events$/, logView, 'Event log'],
  [/^\/events\/([^/]+)$/, eventView, 'Event'],
  [/^\/aggregates\/([^/]+)\/([^/]+)$/, aggregateView, 'Aggregate'],
  [/^\/sagas\/([^/]+)$/, sagaView, 'Saga'],
  [/^\/contract(?:\/([^/]+))?$/, contractView, 'Contract'],
  [/^\/dead-letters$/, deadLettersView, 'Dead letters'],
  [/^\/rebuilds$/, rebuildsView, 'Rebuilds'],
  [/^\/replays$/, replaysView, 'Replays'],
  [/^\/audit$/, auditView, 'Operator audit'],
];

const main = document.getElementById('main');
let leave = null;

async function route() {
  if (leave) {
    leave();
    leave = null;
  }
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, search] = hash.split('?');
  const query = new URLSearchParams(search || '');
  for (const [pattern, view, title] of routes) {
    const match = path.match(pattern);
    if (match) {
      document.title = title + ' · eventdesign console';
      markCurrent(path);
      const params = match.slice(1).map(p => p === undefined ? undefined : decodeURIComponent(p));
      try {
        leave = await view(main, params, query) || null;
      } catch (e) {
        show(main, failure(e));
      }
      return;
    }
  }
  show(main, h('h1', {}, 'Not found'), h('p', {}, 'No view at ', h('code', {}, location.hash), '.'));
}

function markCurrent(path) {
  for (const a of document.querySelectorAll('header nav a')) {
    const target = a.getAttribute('href').slice(1);
    const current = target === '/' ? path === '/' : path === target || path.startsWith(target + '/');
    if (current) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
}

/** Who is logged in: the token names the user id and roles; the name and e-mail come from the users read model. */
async function showWho() {
  const c = claims();
  const who = document.getElementById('who');
  const render = name => show(who, name + ' · ' + (c.roles || []).join(', '),
    h('button', { type: 'button', onclick: logout }, 'Log out'));
  render(c.sub);
  try {
    const user = await api('/api/v1/users/' + encodeURIComponent(c.sub));
    render(user.firstName + ' ' + user.lastName + ' (' + user.email + ')');
  } catch (e) {
    // the id stays: the person is not (yet) in the read model
  }
}

async function start() {
  try {
    await completeLogin();
  } catch (e) {
    show(main, failure(e), h('button', { type: 'button', onclick: login }, 'Log in again'));
    return;
  }
  if (!token()) {
    await login();
    return;
  }
  try {
    await api('/api/v1/status');
  } catch (e) {
    if (e.status === 403) {
      document.querySelector('header nav').hidden = true;
      show(main, h('h1', {}, 'Staff only'),
        h('p', { role: 'alert' }, 'The console is for staff and administrators; this account is neither.'),
        h('button', { type: 'button', onclick: logout }, 'Log out'));
      return;
    }
    if (e.status === 401) return;
  }
  showWho();
  // the admin's views; for anyone else the API refuses them anyway
  document.querySelectorAll('[data-admin]').forEach(a => { a.hidden = !isAdmin(); });
  window.addEventListener('hashchange', () => { route(); main.focus(); });
  route();
}

start();
