// Sources page: the connector status board (GET /api/v1/sources), refreshed every five seconds.
import {api} from './http.js';
import {mountFrame, formatTime} from './frame.js';
import {el, fill, table, say} from './elements.js';

const status = document.getElementById('status');
const REFRESH_MS = 5000;

async function start() {
  await mountFrame('sources');
  await load();
  setInterval(load, REFRESH_MS);
}

async function load() {
  let sources;
  try {
    sources = await api('api/v1/sources');
  } catch (e) {
    say(status, `Could not load the sources: ${e.message}`, 'error');
    return;
  }
  if (sources.length === 0) {
    say(status, 'No source is configured (headwater.sources.* in the configuration file).');
    fill(document.getElementById('sources'));
    return;
  }
  say(status, '');
  const rows = sources.map(s => [
    s.name,
    s.kind,
    el('span', {class: `state state-${s.state.toLowerCase()}`, 'data-state': s.state}, s.state.toLowerCase()),
    formatTime(s.lastValueTime),
    s.valuesPerSecond.toFixed(1),
    String(s.values),
    String(s.quarantined),
    String(s.errors),
    s.lastError ? `${s.lastError} (${formatTime(s.lastErrorAt)})` : '—',
  ]);
  fill(document.getElementById('sources'), table('Connectors',
    ['Source', 'Kind', 'State', 'Last value', 'Values/s', 'Values', 'Quarantined', 'Errors', 'Last error'], rows,
    {id: 'sources-table'}));
}

start();
