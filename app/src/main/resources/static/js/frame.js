// The header every dashboard screen shares: navigation for the user's roles, who is signed in, sign-out.
import {api, csrfToken} from './http.js';
import {soundToggle, startLive} from './live.js';

// Everyone who may watch the alert stream (the external read-only roles and integrations may not).
const ALERT_WATCHERS = ['ADMINISTRATOR', 'AMI_MANAGER', 'CONTROL_CENTER_OPERATOR', 'WATER_QUALITY_SUPERVISOR',
  'CUSTOMER_SERVICE', 'METER_TECHNICIAN', 'DISTRIBUTION_SUPERINTENDENT', 'COMPLIANCE_OFFICER'];
/** Those who may acknowledge an alert (table 6-3), as the server's access policy says. */
export const ACKNOWLEDGERS = ['ADMINISTRATOR', 'AMI_MANAGER', 'CONTROL_CENTER_OPERATOR', 'WATER_QUALITY_SUPERVISOR'];

const SCREENS = [
  {id: 'overview', href: 'index.html', label: 'Overview'},
  {id: 'map', href: 'map.html', label: 'Map'},
  {id: 'investigations', href: 'investigations.html', label: 'Investigations'},
  {id: 'work-orders', href: 'work-orders.html', label: 'Work orders'},
  {id: 'what-if', href: 'what-if.html', label: 'What if', roles: ['ADMINISTRATOR', 'CONTROL_CENTER_OPERATOR', 'DISTRIBUTION_SUPERINTENDENT']},
  {id: 'thresholds', href: 'thresholds.html', label: 'Thresholds', roles: ['ADMINISTRATOR', 'AMI_MANAGER']},
  {id: 'sources', href: 'sources.html', label: 'Sources', roles: ['ADMINISTRATOR', 'AMI_MANAGER', 'CONTROL_CENTER_OPERATOR', 'DATA_INTEGRATION']},
  {id: 'api', href: 'swagger-ui.html', label: 'API'},
];

/** Renders the header into #frame and returns the signed-in user {username, roles}. */
export async function mountFrame(screenId) {
  const me = await api('api/v1/me');
  const header = document.getElementById('frame');
  header.className = 'frame';
  const nav = document.createElement('nav');
  nav.setAttribute('aria-label', 'Screens');
  const list = document.createElement('ul');
  for (const screen of SCREENS) {
    if (screen.roles && !hasRole(me, ...screen.roles)) continue;
    const link = document.createElement('a');
    link.href = screen.href;
    link.textContent = screen.label;
    if (screen.id === screenId) link.setAttribute('aria-current', 'page');
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
  nav.append(list);
  const brand = document.createElement('a');
  brand.href = 'index.html';
  brand.className = 'brand';
  brand.textContent = 'Headwater';
  const watching = hasRole(me, ...ALERT_WATCHERS);
  header.replaceChildren(brand, nav, watching ? soundToggle() : '', signedIn(me));
  if (watching) startLive(hasRole(me, ...ACKNOWLEDGERS));
  return me;
}

function signedIn(me) {
  const box = document.createElement('div');
  box.className = 'signed-in';
  const who = document.createElement('span');
  who.textContent = `${me.username} (${me.roles.map(roleLabel).join(', ')})`;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Sign out';
  // The CSRF token goes in a header, as for every other change; the server then ends the session.
  button.addEventListener('click', async () => {
    const response = await fetch('logout', {method: 'POST', credentials: 'same-origin',
      headers: {'X-XSRF-TOKEN': csrfToken()}});
    if (response.ok) {
      window.location.href = 'login.html?logout';
    } else {
      who.textContent = `Sign-out failed (HTTP ${response.status}); close the browser to end the session.`;
    }
  });
  box.append(who, button);
  return box;
}

/** True when the user holds any of `roles`. */
export function hasRole(me, ...roles) {
  return roles.some(role => me.roles.includes(role));
}

/** An instant in the browser's locale and time zone. */
export function formatTime(iso) {
  if (!iso) return '—';
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? String(iso) : time.toLocaleString(undefined,
    {year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit'});
}

/** A badge element for an alert severity (CRITICAL, HIGH, MEDIUM, LOW). */
export function severityBadge(severity) {
  const badge = document.createElement('span');
  badge.className = `badge severity-${String(severity || 'unknown').toLowerCase()}`;
  badge.textContent = severity ? severity.charAt(0) + severity.slice(1).toLowerCase() : 'Unknown';
  return badge;
}

/** BACKFLOW_AND_TAMPER → "Backflow and tamper". */
export function typeLabel(type) {
  if (!type) return '—';
  const words = String(type).toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function roleLabel(role) {
  return typeLabel(role);
}
