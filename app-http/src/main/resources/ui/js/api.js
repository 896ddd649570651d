// Talking to the Kilowatch server: relative paths (so the page also works behind a path prefix),
// revalidation on every read (`cache: 'no-cache'`: the server answers 304 when its ETag still
// holds), and the access token when the server asks for one.

const TOKEN_KEY = 'kilowatch.token';
let token = null;
let prompting = null;
const tokenListeners = [];

/** Takes `?token=` from the address (and removes it, so it stays out of history) or storage. */
export function initToken() {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    token = fromUrl;
    sessionStorage.setItem(TOKEN_KEY, token);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url);
  } else {
    token = sessionStorage.getItem(TOKEN_KEY) || localStorage.getItem(TOKEN_KEY);
  }
}

/** Calls `listener` whenever the user enters a new token. */
export function onToken(listener) {
  tokenListeners.push(listener);
}

/** `path` with the token as a query parameter, for EventSource and links, which cannot send headers. */
export function withToken(path) {
  if (!token) return path;
  return `${path}${path.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;
}

function headers() {
  const h = { Accept: 'application/json' };
  if (token) h.Authorization = `Bearer ${token}`;
  return h;
}

/**
 * GET `path` as JSON. Resolves (never rejects, except when aborted) to
 * `{ kind: 'ok' | 'http' | 'unauthorized' | 'network', status, body, message }`.
 */
export function getJson(path, signal) {
  return request(path, { cache: 'no-cache', headers: headers(), signal });
}

/** POST to `path`, answer as JSON; same result shape as getJson. */
export function postJson(path) {
  return request(path, { method: 'POST', cache: 'no-store', headers: headers() });
}

async function request(path, init) {
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    return { kind: 'network', status: 0, body: null, message: `could not reach the server (${e.message})` };
  }
  let body = null;
  try {
    body = await response.json();
  } catch (notJson) {
    body = null;
  }
  if (response.status === 401) {
    askForToken(body && body.error);
    return { kind: 'unauthorized', status: 401, body, message: (body && body.error) || 'an access token is needed' };
  }
  return {
    kind: response.ok ? 'ok' : 'http',
    status: response.status,
    body,
    message: (body && body.error) || `HTTP ${response.status}`,
  };
}

/** Opens the token dialog once, however many requests were refused. */
export function askForToken(reason) {
  if (prompting) return prompting;
  const dialog = document.getElementById('token-dialog');
  const form = document.getElementById('token-form');
  const input = document.getElementById('token-input');
  document.getElementById('token-reason').textContent = token
    ? `The server refused the token: ${reason || 'it is wrong'}. Enter the right one.`
    : 'This Kilowatch server asks for an access token (http.access-token in its configuration).';
  input.value = '';
  prompting = new Promise((resolve) => {
    const done = () => {
      dialog.removeEventListener('close', done);
      prompting = null;
      if (dialog.returnValue === 'ok' && input.value.trim()) {
        token = input.value.trim();
        sessionStorage.setItem(TOKEN_KEY, token);
        if (document.getElementById('token-remember').checked) {
          localStorage.setItem(TOKEN_KEY, token);
        } else {
          localStorage.removeItem(TOKEN_KEY);
        }
        tokenListeners.forEach((listener) => listener());
      }
      resolve();
    };
    dialog.addEventListener('close', done);
  });
  form.reset();
  dialog.returnValue = '';
  dialog.showModal();
  return prompting;
}
