// One way to call the Headwater API from the dashboard: session cookie, CSRF token on changes, server errors as messages.

/** The CSRF token the server put in the XSRF-TOKEN cookie; sent back in the X-XSRF-TOKEN header. */
export function csrfToken() {
  const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : '';
}

/** Calls `path` (relative to the page) and returns parsed JSON, or text for other content types. */
export async function api(path, {method = 'GET', body, accept = 'application/json'} = {}) {
  const headers = {Accept: accept, 'X-Requested-With': 'XMLHttpRequest'};
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = csrfToken();
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) {
    window.location.href = `login.html?next=${encodeURIComponent(currentPage())}`;
    throw new Error('Your session has ended; please sign in again.');
  }
  const type = response.headers.get('Content-Type') || '';
  const payload = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const message = typeof payload === 'object' && payload !== null
      ? (payload.message || payload.detail || payload.error || JSON.stringify(payload))
      : payload;
    throw new Error(message || `${method} ${path} failed with HTTP ${response.status}`);
  }
  return payload;
}

/** This page with its query, relative to the dashboard, so sign-in can come back to it. */
function currentPage() {
  const path = window.location.pathname;
  return path.slice(path.lastIndexOf('/') + 1) + window.location.search;
}

/** Downloads `path` (e.g. a CSV export) under `filename`, keeping the session. */
export async function download(path, filename) {
  const response = await fetch(path, {credentials: 'same-origin'});
  if (!response.ok) throw new Error(`Export failed with HTTP ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
