// Overview: what happened over the last week, by type, and the newest alerts with a way into their investigation.
import {api} from './http.js';
import {mountFrame, formatTime, severityBadge, typeLabel} from './frame.js';
import {el, fill, meterLink, table, say} from './elements.js';

const WEEK_MILLIS = 7 * 24 * 3600 * 1000;

async function show() {
  await mountFrame('overview');
  const from = new Date(Date.now() - WEEK_MILLIS).toISOString();
  const alerts = await api(`api/v1/alerts?from=${encodeURIComponent(from)}&limit=1000`);
  const byType = new Map();
  for (const alert of alerts) {
    const counts = byType.get(alert.type) ?? {all: 0, active: 0};
    counts.all++;
    if (alert.state === 'OPEN' || alert.state === 'ACKNOWLEDGED') counts.active++;
    byType.set(alert.type, counts);
  }
  const rows = [...byType.entries()].sort((a, b) => b[1].all - a[1].all);
  fill(document.getElementById('open-counts'), rows.length
    ? rows.map(([type, counts]) => el('li', {}, el('span', {class: 'count'}, counts.all), typeLabel(type),
      el('br'), `${counts.active} still open`))
    : el('li', {}, 'No alerts in the last 7 days.'));
  const newest = [...alerts].sort((a, b) => b.time.localeCompare(a.time)).slice(0, 25);
  fill(document.getElementById('recent'), table('Newest alerts of the last 7 days',
    ['Severity', 'Type', 'State', 'Meter or sensor', 'Time', ''],
    newest.map(alert => [severityBadge(alert.severity), typeLabel(alert.type), typeLabel(alert.state),
      alert.premiseId ? meterLink(alert.sourceId) : alert.sourceId, formatTime(alert.time),
      el('a', {href: `investigations.html?alert=${encodeURIComponent(alert.id)}`}, 'Investigate')])));
}

show().catch(error => say(document.getElementById('status'), error.message, 'error'));
