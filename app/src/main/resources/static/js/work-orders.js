// The approval queue: drafted work orders with their evidence beside them; approve, edit, reject, bulk approve.
import {api} from './http.js';
import {mountFrame, formatTime} from './frame.js';
import {el, fill, meterLink, table, say, plural} from './elements.js';
import {timeChart} from './charts.js';

const TYPES = ['INSPECTION', 'REPAIR', 'METER_CHECK', 'METER_REPLACEMENT', 'METER_REREAD', 'LEAK_SURVEY',
  'FLUSHING', 'CUSTOMER_CONTACT'];
const status = document.getElementById('status');
const params = new URLSearchParams(location.search);
let me;
let shown = []; // the orders listed in the queue
let current; // the order view on screen
const selected = new Map(); // order id -> version seen, for bulk approval

async function start() {
  me = await mountFrame('work-orders');
  const typeSelect = document.getElementById('filter-type');
  TYPES.forEach(t => typeSelect.append(el('option', {value: t}, label(t))));
  document.getElementById('filters').addEventListener('submit', e => {
    e.preventDefault();
    showQueue();
  });
  document.getElementById('approve-selected').addEventListener('click', approveSelected);
  await showQueue();
  if (params.get('id')) await showOrder(params.get('id'));
}

/** INSPECTION → "Inspection", METER_CHECK → "Meter check". */
function label(code) {
  const words = code.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

async function showQueue() {
  const statuses = document.getElementById('filter-status').value;
  const type = document.getElementById('filter-type').value;
  const query = new URLSearchParams();
  if (statuses) query.set('status', statuses);
  if (type) query.set('type', type);
  shown = await api(`api/v1/work-orders?${query}`);
  selected.clear();
  updateBulkButton();
  const rows = shown.map(order => [
    order.status === 'AWAITING_APPROVAL'
      ? el('input', {type: 'checkbox', 'aria-label': `Select ${order.id}`, onchange: e => toggle(order, e.target.checked)})
      : '',
    el('a', {href: `?id=${encodeURIComponent(order.id)}`, onclick: e => select(e, order.id)}, order.id),
    label(order.content.type),
    order.content.title,
    label(order.content.priority),
    order.content.location.zoneId ?? '—',
    label(order.status) + (order.cmmsReference ? ` (CMMS ${order.cmmsReference})` : ''),
    formatTime(order.createdAt),
    `${order.source.name} ${order.source.version}`.trim(),
  ]);
  const target = document.getElementById('queue');
  if (rows.length === 0) {
    fill(target, el('p', {}, 'No work orders match.'));
  } else {
    fill(target, table(plural(rows.length, 'work order'),
      ['', 'Order', 'Type', 'Title', 'Priority', 'Zone', 'Status', 'Drafted', 'Drafted by'], rows,
      {id: 'queue-table'}));
  }
}

function toggle(order, on) {
  if (on) selected.set(order.id, order.version); else selected.delete(order.id);
  updateBulkButton();
}

function updateBulkButton() {
  const button = document.getElementById('approve-selected');
  button.disabled = selected.size === 0;
  button.textContent = selected.size === 0 ? 'Approve selected' : `Approve ${plural(selected.size, 'order')}`;
}

async function approveSelected() {
  try {
    const result = await api('api/v1/work-orders/approve-all', {method: 'POST', body: {orders: Object.fromEntries(selected)}});
    const refused = Object.entries(result.refused);
    say(status, `${plural(result.approved.length, 'order')} approved` +
      (refused.length ? `; not approved: ${refused.map(([id, why]) => `${id} (${why})`).join('; ')}` : '.'),
      refused.length ? 'error' : 'info');
  } catch (e) {
    say(status, e.message, 'error');
  }
  await showQueue();
}

async function select(event, id) {
  event.preventDefault();
  history.replaceState(null, '', `?id=${encodeURIComponent(id)}`);
  await showOrder(id);
}

async function showOrder(id) {
  current = await api(`api/v1/work-orders/${encodeURIComponent(id)}`);
  const {order} = current;
  const c = order.content;
  document.getElementById('detail').hidden = false;
  document.getElementById('detail-title').textContent = `${order.id}: ${c.title}`;
  fill(document.getElementById('summary'), el('dl', {class: 'facts'},
    fact('Status', label(order.status), 'order-status'),
    fact('CMMS number', order.cmmsReference ?? 'not yet sent', 'cmms-number'),
    fact('Type', label(c.type)),
    fact('Approved by role', label(current.approverRole)),
    fact('Approve by', current.approvalDeadline ? formatTime(current.approvalDeadline) : '—'),
    fact('Asset', c.assetId ?? '—'),
    fact('Where', [c.location.address, c.location.zoneId].filter(Boolean).join(', ') || '—'),
    fact('Crew', label(c.recommendedCrew)),
    fact('Drafted by', `${order.source.kind.toLowerCase()} ${order.source.name} ${order.source.version}`),
    fact('Decided by', order.decidedBy ?? '—'),
    fact('Reason', order.reason ?? '—'),
    fact('Close-out notes', order.closeOutNotes ?? '—')));
  // an edit of an order the CMMS holds open is sent on to the CMMS by the outbox
  const editable = ['DRAFTED', 'AWAITING_APPROVAL', 'SENT', 'ACKNOWLEDGED', 'IN_PROGRESS'].includes(order.status);
  document.getElementById('edit-title').value = c.title;
  document.getElementById('edit-priority').value = c.priority;
  document.getElementById('edit-hours').value = c.predictedDurationHours;
  document.getElementById('edit-description').value = c.description;
  document.querySelectorAll('#edit-form input, #edit-form select, #edit-form textarea')
    .forEach(field => { field.disabled = !editable; });
  fill(document.getElementById('checklist'), c.checklist.map(item => el('li', {}, item)));
  showActions(order, editable);
  showEvidence(c.evidence);
  fill(document.getElementById('history'), table(plural(current.history.length, 'entry', 'entries'),
    ['When', 'Who', 'From', 'To', 'Note', 'Changed'],
    current.history.map(e => [formatTime(e.at), e.actor, e.from ? label(e.from) : '—', label(e.to), e.note,
      e.changes.map(ch => `${ch.field}: ${ch.before} → ${ch.after}`).join('; ')])));
  say(document.getElementById('action-error'), '');
}

/** One term and its value, kept together in the facts grid; `id` marks the value for tests and links. */
function fact(term, value, id) {
  return el('div', {}, el('dt', {}, term), el('dd', {id}, value));
}

function showActions(order, editable) {
  const buttons = [];
  const waiting = order.status === 'AWAITING_APPROVAL';
  if (waiting) {
    buttons.push(el('button', {type: 'button', class: 'primary', id: 'approve', onclick: () => decide('approve')}, 'Approve'));
    buttons.push(el('button', {type: 'button', id: 'edit-approve', onclick: () => editAnd('edit-and-approve')}, 'Save edits and approve'));
  }
  if (editable) buttons.push(el('button', {type: 'button', id: 'save-edits', onclick: () => editAnd('save')}, 'Save edits'));
  if (waiting) buttons.push(el('button', {type: 'button', id: 'reject', onclick: () => decide('reject', true)}, 'Reject…'));
  if (order.status === 'SEND_FAILED') buttons.push(el('button', {type: 'button', id: 'retry', onclick: () => decide('retry')}, 'Send again'));
  if (!['REJECTED', 'CLOSED', 'CANCELLED', 'COMPLETED'].includes(order.status)) {
    buttons.push(el('button', {type: 'button', id: 'cancel', onclick: () => decide('cancel', true)}, 'Cancel order…'));
  }
  fill(document.getElementById('actions'), buttons);
}

async function decide(action, needsReason = false) {
  const body = {version: current.order.version};
  if (needsReason) {
    const reason = window.prompt(action === 'reject' ? 'Why is this order rejected?' : 'Why is this order cancelled?');
    if (reason === null) return;
    body.reason = reason;
  }
  await act(`api/v1/work-orders/${encodeURIComponent(current.order.id)}/${action}`, 'POST', body);
}

async function editAnd(action) {
  const content = {
    title: document.getElementById('edit-title').value,
    priority: document.getElementById('edit-priority').value,
    predictedDurationHours: Number(document.getElementById('edit-hours').value),
    description: document.getElementById('edit-description').value,
  };
  const id = encodeURIComponent(current.order.id);
  const body = {version: current.order.version, content};
  if (action === 'save') await act(`api/v1/work-orders/${id}`, 'PUT', body);
  else await act(`api/v1/work-orders/${id}/edit-and-approve`, 'POST', body);
}

async function act(path, method, body) {
  try {
    const order = await api(path, {method, body});
    say(status, `${order.id} is now ${label(order.status).toLowerCase()}.`);
    await Promise.all([showOrder(order.id), showQueue()]);
  } catch (e) {
    say(document.getElementById('action-error'), e.message, 'error');
  }
}

function showEvidence(evidence) {
  const items = [];
  evidence.alertIds.forEach(id => items.push(el('li', {}, 'Alert ', el('a', {href: `index.html?alert=${encodeURIComponent(id)}`}, id))));
  if (evidence.incidentId) items.push(el('li', {}, `Incident ${evidence.incidentId}`));
  if (evidence.investigationId) {
    items.push(el('li', {}, 'Investigation ',
      el('a', {href: `investigations.html?id=${encodeURIComponent(evidence.investigationId)}`}, evidence.investigationId),
      evidence.investigationStep ? `, step ${evidence.investigationStep}` : ''));
  }
  if (evidence.riskRunId !== null && evidence.riskRunId !== undefined) {
    items.push(el('li', {}, `Break-risk run ${evidence.riskRunId}: pipes ${evidence.pipeIds.join(', ')}`));
  }
  fill(document.getElementById('evidence'), items.length ? el('ul', {}, items) : el('p', {}, 'No evidence recorded.'));
  const charts = document.getElementById('evidence-charts');
  fill(charts);
  evidence.readingWindows.forEach(window => charts.append(windowChart(window)));
}

/** The reads of one window as a chart; a source that is not a meter gets a line saying so. */
function windowChart(window) {
  const box = el('figure', {class: 'evidence-chart'});
  const chart = el('div', {class: 'chart'});
  box.append(chart, el('figcaption', {}, meterLink(window.sourceId), ` ${formatTime(window.from)} – ${formatTime(window.to)}`));
  const range = `from=${encodeURIComponent(window.from)}&to=${encodeURIComponent(window.to)}`;
  api(`api/v1/meters/${encodeURIComponent(window.sourceId)}/reads?${range}`).then(series => {
    timeChart(chart, {
      series: [{name: 'Interval volume', points: series.reads.map(r => [r.time, r.value])}],
      unit: series.unit,
      range: [new Date(window.from), new Date(window.to)],
      description: `${plural(series.reads.length, 'read')} of ${window.sourceId} between ${window.from} and ${window.to}`,
    });
    chart.dataset.reads = series.reads.length;
  }).catch(e => fill(chart, el('p', {}, `No chart for ${window.sourceId}: ${e.message}`)));
  return box;
}

start().catch(e => say(status, e.message, 'error'));
