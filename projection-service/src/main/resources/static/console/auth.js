// Login at the issuer with the authorization code flow and PKCE (public client, no secret). The access
// token lives in this tab's sessionStorage only; it is sent to this service's API and nowhere else.
const TOKEN = 'console.token';
const PENDING = 'console.login';

let settings;

async function discover() {
  if (!settings) {
    const config = await (await fetch('/console/config.json')).json();
    const discovery = await fetch(config.issuer.replace(/\/$/, '') + '/.well-known/openid-configuration');
    if (!discovery.ok) throw new Error('the authorization server did not answer (' + discovery.status + ')');
    settings = { ...config, ...(await discovery.json()) };
  }
  return settings;
}

function redirectUri() {
  return location.origin + '/console/';
}

function b64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function random(n) {
  return b64url(crypto.getRandomValues(new Uint8Array(n)));
}

/** Sends the browser to the issuer's login; it comes back to this page with a code. */
export async function login() {
  const s = await discover();
  const verifier = random(32);
  const challenge = b64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const state = random(16);
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, returnTo: location.hash || '#/' }));
  const query = new URLSearchParams({
    response_type: 'code', client_id: s.clientId, scope: 'openid profile', redirect_uri: redirectUri(),
    code_challenge: challenge, code_challenge_method: 'S256', state,
  });
  location.assign(s.authorization_endpoint + '?' + query);
}

/** Finishes a login when the issuer sent the browser back with a code; true when a token was stored. */
export async function completeLogin() {
  const params = new URLSearchParams(location.search);
  if (!params.has('code') && !params.has('error')) return false;
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', '/console/' + (pending ? pending.returnTo : '#/'));
  if (params.has('error')) throw new Error('login refused: ' + params.get('error'));
  if (!pending || pending.state !== params.get('state')) throw new Error('login answer does not match this tab; log in again');
  const s = await discover();
  const response = await fetch(s.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', code: params.get('code'), redirect_uri: redirectUri(),
      client_id: s.clientId, code_verifier: pending.verifier,
    }),
  });
  if (!response.ok) throw new Error('the authorization server refused the code (' + response.status + ')');
  const tokens = await response.json();
  sessionStorage.setItem(TOKEN, JSON.stringify({
    access: tokens.access_token, id: tokens.id_token, expires: Date.now() + tokens.expires_in * 1000,
  }));
  return true;
}

/** The access token, or null when there is none or it has expired. */
export function token() {
  const stored = JSON.parse(sessionStorage.getItem(TOKEN) || 'null');
  return stored && stored.expires > Date.now() + 5000 ? stored.access : null;
}

/** The claims of the access token (who is logged in and with which roles). */
export function claims() {
  const access = token();
  if (!access) return null;
  const body = access.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(body), c => c.charCodeAt(0))));
}

export function isAdmin() {
  const c = claims();
  return !!c && (c.roles || []).includes('ADMIN');
}

/** Forgets the token and ends the session at the issuer too. */
export async function logout() {
  const stored = JSON.parse(sessionStorage.getItem(TOKEN) || 'null');
  sessionStorage.removeItem(TOKEN);
  const s = await discover();
  if (s.end_session_endpoint && stored && stored.id) {
    location.assign(s.end_session_endpoint + '?' + new URLSearchParams({
      id_token_hint: stored.id, post_logout_redirect_uri: redirectUri(), client_id: s.clientId,
    }));
  } else {
    location.assign('/console/');
  }
}
