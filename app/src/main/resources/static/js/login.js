// Signs in with the CSRF token in a header (the server's single-page-app CSRF mode), then goes where the
// user was heading; a wrong password is said on the page, not by a bare redirect.
import {csrfToken} from './http.js';

const form = document.getElementById('login-form');
const status = document.getElementById('login-status');
const params = new URLSearchParams(window.location.search);
if (params.has('error')) show('The user name or password is not right, or the account is disabled.', 'error');
if (params.has('logout')) show('You are signed out.', 'info');
showAdminNotice();

form.addEventListener('submit', async event => {
  event.preventDefault();
  if (!form.username.value || !form.password.value) {
    show('Enter your user name and password.', 'error');
    return;
  }
  form.querySelector('button').disabled = true;
  try {
    // The page itself set the CSRF cookie; without one (cookies blocked) the server would refuse with 403.
    const response = await fetch('login', {
      method: 'POST', credentials: 'same-origin',
      headers: {'Content-Type': 'application/x-www-form-urlencoded', 'X-XSRF-TOKEN': csrfToken()},
      body: new URLSearchParams({username: form.username.value, password: form.password.value}),
    });
    if (response.status === 403) {
      show('Sign-in was refused: please allow cookies for this site and try again.', 'error');
    } else if (response.status === 429 || response.status === 503) {
      // Too many failed attempts, or the server could not check the password now: the server says how long to wait.
      const problem = await response.json().catch(() => ({}));
      show(`Not signed in: ${problem.detail || 'try again shortly.'}`, 'error');
    } else if (response.url.includes('error')) {
      show('The user name or password is not right, or the account is disabled.', 'error');
      form.password.value = '';
      form.password.focus();
    } else {
      window.location.href = nextPage() || response.url;
    }
  } catch (error) {
    show(`Headwater cannot be reached: ${error.message}`, 'error');
  } finally {
    form.querySelector('button').disabled = false;
  }
});

/** The dashboard page the user was on before being asked to sign in; only a page of this site, never a URL. */
function nextPage() {
  const next = params.get('next') || '';
  return /^[a-z-]+\.html(\?[^:]*)?$/.test(next) ? next : '';
}

function show(message, kind) {
  status.textContent = message;
  status.dataset.kind = kind;
}

/** Where the admin password is to be found: printed at first start, or set in advance (the server knows which). */
async function showAdminNotice() {
  try {
    const response = await fetch('api/v1/sign-in/notice', {headers: {Accept: 'application/json'}});
    if (response.ok) document.getElementById('admin-notice').textContent = (await response.json()).notice;
  } catch {
    // The generic sentence in the page stays; signing in reports an unreachable server itself.
  }
}
