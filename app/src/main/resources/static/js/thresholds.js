// Thresholds page: detector thresholds per system, meter class and meter, and their change history.
// Only administrators and AMI managers get the controls; the server refuses everyone else as well.
import {api} from './http.js';
import {mountFrame, hasRole, formatTime} from './frame.js';
import {el, fill, table, say, plural} from './elements.js';

// The server names each field for people (key.label, without the unit its identifier carries), gives the
// unit of the utility's unit system (key.unit) and sends values already rounded in that unit.
const status = document.getElementById('status');
let canEdit = false;
let view; // GET /api/v1/thresholds?scope=…

async function start() {
  const me = await mountFrame('thresholds');
  canEdit = hasRole(me, 'ADMINISTRATOR', 'AMI_MANAGER');
  document.getElementById('read-only-note').hidden = canEdit;
  document.querySelectorAll('input[name=kind]').forEach(r => r.addEventListener('change', showScopeFields));
  document.getElementById('scope-form').addEventListener('submit', e => {
    e.preventDefault();
    load();
  });
  document.getElementById('values-form').addEventListener('submit', e => {
    e.preventDefault();
    if (canEdit) save();
  });
  const scope = new URLSearchParams(location.search).get('scope');
  if (scope?.startsWith('meter:')) {
    document.querySelector('input[value=meter]').checked = true;
    document.getElementById('meter-id').value = scope.slice('meter:'.length);
    showScopeFields();
  }
  await Promise.all([load(), showHistory()]);
}

function showScopeFields() {
  const kind = document.querySelector('input[name=kind]:checked').value;
  document.getElementById('class-fields').hidden = kind !== 'class';
  document.getElementById('meter-fields').hidden = kind !== 'meter';
}

function scope() {
  const kind = document.querySelector('input[name=kind]:checked').value;
  if (kind === 'class') {
    return `class:${document.getElementById('class-type').value}/${document.getElementById('class-size').value.trim()}`;
  }
  if (kind === 'meter') return `meter:${document.getElementById('meter-id').value.trim()}`;
  return 'system';
}

async function load() {
  const scopeError = document.getElementById('scope-error');
  scopeError.textContent = '';
  try {
    view = await api(`api/v1/thresholds?scope=${encodeURIComponent(scope())}`);
  } catch (error) {
    scopeError.textContent = error.message;
    return;
  }
  renderValues();
}


function renderValues() {
  const system = view.scope === 'system';
  const headers = ['Threshold', 'Unit', 'Built-in default'];
  if (!system) headers.push('System-wide');
  headers.push(system ? 'System-wide value' : `Set for ${view.scope}`);
  const rows = view.keys.map(key => {
    const set = view.atScope[key.field];
    const cells = [key.label, key.unit, format(key.defaultValue)];
    if (!system) cells.push(view.systemWide[key.field] === undefined ? '—' : format(view.systemWide[key.field]));
    cells.push(canEdit ? valueInput(key, set) : (set === undefined ? '—' : format(set)));
    return cells;
  });
  fill(document.getElementById('values'), table(
    `Thresholds at ${view.scope} (version ${view.version}), in ${view.unitSystem === 'SI' ? 'SI units' : 'US customary units'}; empty means inherited`,
    headers, rows, {id: 'thresholds-table'}));
  document.getElementById('save-row').hidden = !canEdit;
  document.getElementById('save-error').textContent = '';
}

function valueInput(key, set) {
  const id = `value-${key.field}`;
  return el('span', {class: 'value-cell'},
    el('label', {for: id, class: 'visually-hidden'}, `${key.label} (${key.unit})`),
    el('input', {id, name: key.field, type: 'text', inputmode: 'decimal', value: set === undefined ? '' : String(set),
      placeholder: 'inherited', 'aria-describedby': `error-${key.field}`, size: 10}),
    el('span', {id: `error-${key.field}`, class: 'field-error', role: 'alert'}));
}

function format(value) {
  return String(value); // already rounded by the server
}

async function save() {
  const body = {};
  document.querySelectorAll('#thresholds-table input').forEach(input => {
    input.removeAttribute('aria-invalid');
    document.getElementById(`error-${input.name}`).textContent = '';
    if (input.value.trim() !== '') body[input.name] = input.value.trim();
  });
  const saveError = document.getElementById('save-error');
  saveError.textContent = '';
  const unchanged = Object.keys(body).length === Object.keys(view.atScope).length &&
    Object.entries(body).every(([k, v]) => Number(v) === view.atScope[k]);
  if (unchanged) {
    say(status, 'Nothing changed.');
    return;
  }
  try {
    const change = await api(`api/v1/thresholds?scope=${encodeURIComponent(view.scope)}`, {method: 'PUT', body});
    say(status, `Saved: thresholds version ${change.version} for ${change.scope}.`);
  } catch (error) {
    showError(error.message);
    return;
  }
  await Promise.all([load(), showHistory()]);
}

/** The server names the field first ("backflow_volume_litres must be > 0.0 …"): the message goes next to it. */
function showError(message) {
  const field = view.keys.map(k => k.field).find(f => message.startsWith(f) || message.includes(`'${f}'`));
  const input = field && document.getElementById(`value-${field}`);
  if (input) {
    input.setAttribute('aria-invalid', 'true');
    document.getElementById(`error-${field}`).textContent = message;
    input.focus();
  } else {
    document.getElementById('save-error').textContent = message;
  }
}

async function showHistory() {
  const changes = (await api('api/v1/thresholds/changes')).reverse();
  const rows = changes.map(c => [String(c.version), c.scope, c.changedBy, formatTime(c.changedAt), differences(c)]);
  fill(document.getElementById('history'), rows.length === 0 ? el('p', {}, 'No changes yet: built-in defaults apply.') :
    table(`${plural(rows.length, 'change')}, newest first`, ['Version', 'Scope', 'Who', 'When', 'Old → new'], rows, {id: 'history-table'}));
}

function differences(change) {
  const fields = [...new Set([...Object.keys(change.before), ...Object.keys(change.after)])]
    .filter(f => change.before[f] !== change.after[f]);
  if (fields.length === 0) return 'no difference';
  return el('ul', {class: 'changes'}, fields.map(f => el('li', {},
    el('code', {}, f), `: ${change.before[f] === undefined ? 'inherited' : format(change.before[f])} → `,
    change.after[f] === undefined ? 'inherited' : format(change.after[f]))));
}

start().catch(error => say(status, error.message, 'error'));
