// Investigation panel: open and assigned investigations, the figure 6-1 procedure, evidence, checklist,
// closing with a table 6-1 cause, and the figure 6-2 records with CSV export.
import {api, download} from './http.js';
import {mountFrame, formatTime, severityBadge, typeLabel} from './frame.js';
import {el, fill, meterLink, table, say, plural} from './elements.js';
import {timeChart} from './charts.js';
import {STEPS, stepOf, moveLabel, causesForClose, isValidCategory, mayMove, mayOpen} from './investigation-steps.js';

const status = document.getElementById('status');
const params = new URLSearchParams(location.search);
let me;
let causes = [];
let current; // the detail of the investigation on screen
const answers = new Map(); // checklist answers not yet sent: itemId -> {finding, note}

async function start() {
  me = await mountFrame('investigations');
  causes = await api('api/v1/causes');
  fillTypeFilter();
  document.querySelectorAll('input[name=whose]').forEach(r => r.addEventListener('change', showOpenList));
  document.getElementById('record-filters').addEventListener('submit', e => {
    e.preventDefault();
    showRecords();
  });
  document.getElementById('export-csv').addEventListener('click', () =>
    download(`api/v1/investigations/records.csv?${recordQuery()}`, 'investigation-records.csv'));
  await Promise.all([showOpenList(), showRecords()]);
  if (params.get('alert') || params.get('incident')) await offerOpening(params.get('alert'), params.get('incident'));
  if (params.get('id')) await showInvestigation(params.get('id'));
}

function fillTypeFilter() {
  const types = ['BACKFLOW', 'TAMPER', 'REVERSED_METER', 'BACKFLOW_AND_TAMPER', 'CONTINUOUS_LEAK',
    'INTERMITTENT_LEAK', 'HIGH_USE', 'LOW_USE', 'NON_REPORTING', 'PRESSURE_LOW', 'PRESSURE_NEGATIVE',
    'PRESSURE_SPIKE', 'PRESSURE_DROP', 'DMA_NIGHT_FLOW', 'WATER_QUALITY_EVENT', 'LEAK_BURST', 'MODEL_DRIFT'];
  const select = document.getElementById('filter-type');
  types.forEach(t => select.append(el('option', {value: t}, typeLabel(t))));
}

// ---- open and assigned investigations ----

async function showOpenList() {
  const whose = document.querySelector('input[name=whose]:checked').value;
  const query = whose === 'mine' ? `?assignee=${encodeURIComponent(me.username)}` : '';
  const views = (await api(`api/v1/investigations${query}`)).filter(v => !v.investigation.conclusion);
  const rows = views.map(({investigation: inv}) => [
    el('a', {href: `?id=${encodeURIComponent(inv.id)}`, onclick: e => select(e, inv.id)}, inv.id.slice(0, 12)),
    typeLabel(inv.subject.type),
    meterLink(inv.subject.sourceId),
    formatTime(inv.subject.alertTime),
    `${stepOf(inv.step).number}. ${shortStep(inv.step)}`,
    inv.assignee ?? 'not yet acknowledged',
  ]);
  const target = document.getElementById('open-table');
  if (rows.length === 0) {
    fill(target, el('p', {}, whose === 'mine' ? 'No open investigations are assigned to you.' : 'No open investigations.'));
  } else {
    fill(target, table(`${rows.length} open`, ['Investigation', 'Alert type', 'Location', 'Alert time', 'Step', 'Investigator'], rows));
  }
}

function shortStep(name) {
  return {
    RECEIVE_ALERT: 'Receive alert', REVIEW_DATA: 'Review data', CAN_DATA_REVIEW_DETERMINE_INVALID: 'Invalid?',
    CAN_CONTAMINATION_BE_RULED_OUT: 'Contamination ruled out?', INSPECT_ON_SITE: 'Inspect on site',
    SIGNS_OF_CONTAMINATION: 'Signs of contamination?', DETERMINE_CAUSE: 'Determine cause',
    CLOSE_AND_LOG: 'Closed', CONTAMINATION_SUSPECTED: 'Contamination suspected',
  }[name];
}

function select(event, id) {
  event.preventDefault();
  history.pushState({}, '', `?id=${encodeURIComponent(id)}`);
  showInvestigation(id);
}

// ---- opening from an alert or incident ----

async function offerOpening(alertId, incidentId) {
  const subject = incidentId ?? alertId;
  const section = document.getElementById('opening');
  const body = document.getElementById('opening-body');
  section.hidden = false;
  const running = (await api('api/v1/investigations')).map(v => v.investigation)
    .find(inv => !inv.conclusion && (inv.subject.incidentId === subject || inv.subject.alertIds.includes(subject)));
  if (running) {
    fill(body, el('p', {}, `${incidentId ? 'Incident' : 'Alert'} ${subject} is under investigation ${running.id}.`));
    await showInvestigation(running.id);
    return;
  }
  if (!mayOpen(me.roles)) {
    fill(body, el('p', {}, `${subject} has no open investigation, and your role cannot open one.`));
    return;
  }
  const button = el('button', {type: 'button', class: 'primary', onclick: async () => {
    button.disabled = true;
    try {
      const opened = await api('api/v1/investigations', {method: 'POST',
        body: incidentId ? {incidentId} : {alertId}});
      fill(body, el('p', {}, `Opened investigation ${opened.investigation.id}.`));
      history.replaceState({}, '', `?id=${encodeURIComponent(opened.investigation.id)}`);
      await Promise.all([showOpenList(), showRecords(), showInvestigation(opened.investigation.id)]);
    } catch (error) {
      button.disabled = false;
      say(status, error.message, 'error');
    }
  }}, 'Open investigation');
  fill(body, el('p', {}, `${incidentId ? 'Incident' : 'Alert'} `, el('code', {}, subject), ' has no open investigation.'), button);
}

// ---- one investigation ----

async function showInvestigation(id) {
  try {
    current = await api(`api/v1/investigations/${encodeURIComponent(id)}`);
  } catch (error) {
    say(status, error.message, 'error');
    return;
  }
  answers.clear();
  const section = document.getElementById('detail');
  section.hidden = false;
  renderDetail();
  document.getElementById('detail-title').focus();
}

function renderDetail() {
  const inv = current.investigation;
  const subject = inv.subject;
  document.getElementById('detail-title').textContent =
    `${typeLabel(subject.type)} at ${subject.sourceId} — ${inv.id}`;
  renderContaminationResponse(inv);
  fill(document.getElementById('summary'), el('dl', {class: 'facts'},
    fact('Alert time', formatTime(subject.alertTime)),
    fact('Location', meterLink(subject.sourceId), subject.zoneId ? ` in ${subject.zoneId}` : ''),
    fact(subject.incidentId ? 'Incident' : 'Alert', subject.incidentId ?? subject.alertIds[0]),
    fact('Detector', `${subject.detector} (thresholds v${subject.thresholdVersion})`),
    fact('Investigator', inv.assignee ?? 'not yet acknowledged'),
    fact('Step', `${stepOf(inv.step).number}. ${shortStep(inv.step)}`),
    inv.conclusion?.cause ? fact('Cause', `${inv.conclusion.cause.code} (${inv.conclusion.cause.category})`) : null,
    inv.conclusion ? fact('Notes', inv.conclusion.notes) : null));
  renderIncidentMembers(current.incident);
  renderSteps(inv);
  renderMoves(inv);
  renderChecklist(inv);
  renderEvidence(current.evidence, subject);
}

// An incident says why each alert is in it (which member it joined with, how related, which pattern).
function renderIncidentMembers(incident) {
  const box = document.getElementById('incident-members');
  if (!incident) {
    fill(box);
    return;
  }
  const reasons = incident.joinReasons ?? {};
  fill(box, el('h3', {}, 'Why these alerts are one incident'), el('ul', {class: 'incident-members'},
    incident.alertIds.map(id => el('li', {}, el('code', {}, id), ': ', reasons[id] ?? 'no reason recorded (grouped before reasons were kept)'))));
}

function fact(term, ...description) {
  return el('div', {}, el('dt', {}, term), el('dd', {}, ...description));
}

const PARTIES = {SRS_MANAGER: 'the SRS manager', PUBLIC_HEALTH: 'public health officials', LAW_ENFORCEMENT: 'law enforcement'};

function renderContaminationResponse(inv) {
  const box = document.getElementById('wcr');
  if (inv.step !== 'CONTAMINATION_SUSPECTED') {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  fill(box,
    el('strong', {}, 'Water Contamination Response started'),
    el('p', {}, `Contamination is suspected (figure 6-1 step 9), declared by ${inv.conclusion.by} at ${formatTime(inv.conclusion.at)}.`),
    el('p', {}, 'Notify: ', Object.keys(PARTIES).filter(p => inv.conclusion.notified.includes(p)).map(p => PARTIES[p]).join(', '), '.'),
    el('p', {}, 'Notes: ', inv.conclusion.notes));
}

function renderSteps(inv) {
  const list = document.getElementById('steps');
  fill(list, STEPS.map(step => {
    const reached = inv.enteredAt[step.name];
    const isCurrent = step.name === inv.step;
    return el('li', {class: isCurrent ? 'current' : reached ? 'done' : 'ahead', 'aria-current': isCurrent ? 'step' : null,
      value: step.number},
      el('span', {class: 'step-text'}, step.wording),
      reached ? el('span', {class: 'step-time'}, ` reached ${formatTime(reached)}`) : null);
  }));
}

function renderMoves(inv) {
  const box = document.getElementById('moves');
  const next = current.next;
  if (next.length === 0) {
    fill(box, el('p', {}, inv.step === 'CLOSE_AND_LOG' ? 'Closed and logged.' : 'The investigation has passed to Water Contamination Response.'));
    return;
  }
  const allowed = next.filter(to => mayMove(me.roles, to));
  if (allowed.length === 0) {
    fill(box, el('p', {}, 'Your role can follow this investigation but not move it on.'));
    return;
  }
  const form = el('div', {id: 'move-form'});
  fill(box,
    el('h4', {}, `Step ${stepOf(inv.step).number}: ${stepOf(inv.step).wording}`),
    el('div', {class: 'move-buttons', role: 'group', 'aria-label': 'Next moves'},
      allowed.map(to => el('button', {type: 'button', 'data-to': to,
        onclick: () => (to === 'CLOSE_AND_LOG' || to === 'CONTAMINATION_SUSPECTED') ? showConclusionForm(form, inv, to) : move(to, {})},
      moveLabel(inv.step, to)))),
    form);
}

/** The form that closes (cause + notes) or escalates (notes): its button stays disabled until it is complete. */
function showConclusionForm(form, inv, to) {
  const closing = to === 'CLOSE_AND_LOG';
  const notes = el('textarea', {id: 'conclusion-notes', name: 'notes', rows: 3, required: true, 'aria-required': 'true'});
  const cause = closing ? el('select', {id: 'close-cause', name: 'cause', required: true, 'aria-required': 'true'},
    el('option', {value: ''}, 'Choose a cause (table 6-1)…'),
    causesForClose(inv.step, causes).map(c => el('option', {value: c.code},
      `${c.description} — ${c.category.replaceAll('_', ' ').toLowerCase()}${isValidCategory(c.category) ? ' (valid alert)' : ' (invalid alert)'}`))) : null;
  const submit = el('button', {type: 'submit', class: 'primary', disabled: true},
    closing ? 'Close investigation' : 'Start Water Contamination Response');
  const error = el('p', {id: 'conclusion-error', class: 'field-error', role: 'alert'});
  const complete = () => { submit.disabled = !notes.value.trim() || (closing && !cause.value); };
  notes.addEventListener('input', complete);
  cause?.addEventListener('change', complete);
  fill(form, el('form', {class: 'conclusion', onsubmit: async e => {
    e.preventDefault();
    if (submit.disabled) return;
    const body = closing ? {cause: cause.value, notes: notes.value.trim()} : {notes: notes.value.trim()};
    await move(to, body, error);
  }},
  closing ? el('p', {}, 'A closed investigation must name its cause; the list holds the causes this step allows.') :
    el('p', {}, 'Contamination is suspected: designated personnel are notified and Water Contamination Response begins.'),
  cause ? el('label', {for: 'close-cause'}, 'Cause') : null, cause,
  el('label', {for: 'conclusion-notes'}, closing ? 'Notes (what was found and done)' : 'Notes (signs seen, actions taken)'), notes,
  error, submit));
  (cause ?? notes).focus();
}

async function move(to, body, errorRegion = status) {
  const inv = current.investigation;
  const checklist = [...answers.entries()].map(([item, a]) => ({item, finding: a.finding, note: a.note || null}));
  try {
    await api(`api/v1/investigations/${encodeURIComponent(inv.id)}/steps/${to}`,
      {method: 'POST', body: {...body, checklist}});
  } catch (error) {
    say(errorRegion, error.message, 'error');
    return;
  }
  say(status, `${inv.id}: ${moveLabel(inv.step, to)} — now at step ${stepOf(to).number}.`);
  await Promise.all([showInvestigation(inv.id), showOpenList(), showRecords()]);
}

// ---- checklist ----

function renderChecklist(inv) {
  const box = document.getElementById('checklist');
  const recorded = new Map(inv.checklist.map(r => [r.itemId, r]));
  const editable = ['REVIEW_DATA', 'INSPECT_ON_SITE'].includes(inv.step) && current.next.some(to => mayMove(me.roles, to));
  const groups = [['REVIEW_DATA', 'Data review'], ['INSPECT_ON_SITE', 'On site']];
  fill(box, groups.map(([step, title]) => {
    const items = current.checklistItems.filter(i => i.step === step);
    if (items.length === 0) return null;
    const open = editable && inv.step === step;
    return el('section', {class: 'checklist-group'},
      el('h4', {}, `${title}${open ? ' — record each result; they are saved with the next move' : ''}`),
      items.map(item => open ? checklistQuestion(item, recorded.get(item.id)) : checklistResult(item, recorded.get(item.id))));
  }));
}

function checklistQuestion(item, recorded) {
  const name = `check-${item.id}`;
  // A note typed before or after the answer travels with it.
  const note = el('input', {type: 'text', id: `${name}-note`, value: recorded?.note ?? '',
    oninput: () => { if (answers.has(item.id)) answers.get(item.id).note = note.value; }});
  const choice = (value, text) => el('label', {},
    el('input', {type: 'radio', name, value, checked: recorded?.finding === value,
      onchange: () => answers.set(item.id, {finding: value, note: note.value})}),
    ` ${text}`);
  return el('fieldset', {class: 'check', 'data-item': item.id},
    el('legend', {}, item.text),
    el('div', {class: 'choices'}, choice('FOUND', 'Found / yes'), choice('NOT_FOUND', 'Not found / no'), choice('NOT_APPLICABLE', 'Not applicable')),
    el('label', {for: `${name}-note`, class: 'note-label'}, 'Note'), note,
    el('p', {class: 'source'}, item.source));
}

function checklistResult(item, recorded) {
  const finding = recorded ? {FOUND: 'Found / yes', NOT_FOUND: 'Not found / no', NOT_APPLICABLE: 'Not applicable'}[recorded.finding] : 'not recorded';
  return el('div', {class: 'check done', 'data-item': item.id},
    el('span', {}, item.text), ' ', el('strong', {}, finding), recorded?.note ? ` — ${recorded.note}` : '');
}

// ---- evidence ----

function renderEvidence(evidence, subject) {
  const box = document.getElementById('evidence');
  const chart = el('div', {class: 'chart small', id: 'evidence-chart'});
  const pressure = evidence.zoneAlerts.filter(a => a.type.startsWith('PRESSURE_'));
  const others = evidence.zoneAlerts.filter(a => !a.type.startsWith('PRESSURE_'));
  // A premise-level alert (backflow + tamper) is about the premise's meters: name them.
  const meters = evidence.meters.length ? evidence.meters.join(', ') : subject.sourceId;
  const premiseLevel = evidence.meters.length !== 1 || evidence.meters[0] !== subject.sourceId;
  fill(box,
    el('div', {class: 'evidence-grid'},
      el('section', {}, el('h4', {}, `Meter reads of ${meters}, 24 h either side of the alert`), evidence.reads.length ? chart :
        el('p', {}, 'No interval reads around the alert.')),
      el('section', {}, el('h4', {}, 'Likely causes (table 6-1)'), likelyCauses(evidence.likelyCauses)),
      el('section', {}, el('h4', {}, 'Alarm codes'), evidence.alarms.length ? el('ul', {}, evidence.alarms.map(a =>
        el('li', {}, el('code', {}, a.code), ` at ${formatTime(a.time)} (vendor ${a.vendorCode || '—'})`))) :
        el('p', {}, `No alarms at ${meters} from 30 days before to a day after the alert.`)),
      el('section', {}, el('h4', {}, `Zone ${subject.zoneId ?? '(unknown)'}`),
        el('p', {}, `${plural(others.length, 'other alert')} and ${plural(pressure.length, 'pressure alert')} within 24 h.`),
        alertList([...pressure, ...others])),
      el('section', {}, el('h4', {}, premiseLevel ? `Earlier alerts at ${subject.sourceId} and its meters (${meters})` :
        `Earlier alerts at ${meters}`), alertList(evidence.earlierAlertsAtSource)),
      el('section', {id: 'work-nearby'}, el('h4', {}, 'Work orders nearby (table 6-1: utility work nearby)'),
        workOrderList(evidence.workNearby || []))));
  if (evidence.reads.length) {
    timeChart(chart, {
      series: [{name: 'Interval volume', points: evidence.reads.map(r => [r.time, r.value])}],
      unit: 'L',
      markers: [{time: subject.alertTime, label: typeLabel(subject.type)}],
      description: `Interval reads of ${meters} around the alert, ${plural(evidence.reads.length, 'read')}, alert marked at ${formatTime(subject.alertTime)}`,
    });
  }
}

function likelyCauses(list) {
  if (list.length === 0) return el('p', {}, 'No cause stands out from the data gathered.');
  return el('ol', {class: 'likely'}, list.map(l => el('li', {},
    el('strong', {}, l.cause.description), ` ${l.cause.code}, ${l.cause.category.replaceAll('_', ' ').toLowerCase()}`,
    el('ul', {}, l.reasons.map(r => el('li', {}, r.why, ' ', el('span', {class: 'source'}, `(${r.source})`)))))));
}

// Each order's status as it stands, including what the CMMS reported back; every value goes in as text.
function workOrderList(orders) {
  if (orders.length === 0) return el('p', {}, 'No work orders in the zone or at these meters in the month before.');
  return el('ul', {class: 'work-orders'}, orders.map(order => el('li', {'data-work-order-id': order.id},
    el('a', {href: `work-orders.html?id=${encodeURIComponent(order.id)}`}, order.id), ' ',
    el('span', {class: `badge work-status-${String(order.status).toLowerCase()}`}, typeLabel(order.status)), ' ',
    typeLabel(order.content.type), ` — ${order.content.title}`,
    order.cmmsReference ? ` (CMMS ${order.cmmsReference})` : '',
    el('br'), el('small', {}, `updated ${formatTime(order.updatedAt)}`),
    order.closeOutNotes ? el('small', {class: 'close-out'}, ` · close-out: ${order.closeOutNotes}`) : null)));
}

function alertList(alerts) {
  if (alerts.length === 0) return el('p', {}, 'None.');
  const shown = 20;
  return el('ul', {class: 'alerts'}, alerts.slice(0, shown).map(a => el('li', {},
    // meters serve a premise; sensors do not and have no meter page
    severityBadge(a.severity), ' ', typeLabel(a.type), ' at ', a.premiseId ? meterLink(a.sourceId) : a.sourceId,
    ` ${formatTime(a.time)}`)),
  alerts.length > shown ? el('li', {}, `and ${alerts.length - shown} more`) : null);
}

// ---- records (figure 6-2) ----

function recordQuery() {
  const query = new URLSearchParams();
  const type = document.getElementById('filter-type').value;
  const assignee = document.getElementById('filter-assignee').value.trim();
  const from = document.getElementById('filter-from').value;
  const to = document.getElementById('filter-to').value;
  if (type) query.set('type', type);
  if (assignee) query.set('assignee', assignee);
  if (from) query.set('from', new Date(`${from}T00:00`).toISOString());
  if (to) {
    const end = new Date(`${to}T00:00`);
    end.setDate(end.getDate() + 1); // the chosen day is included
    query.set('to', end.toISOString());
  }
  return query.toString();
}

async function showRecords() {
  const target = document.getElementById('records-table');
  let records;
  try {
    records = await api(`api/v1/investigations/records?${recordQuery()}`);
  } catch (error) {
    fill(target, el('p', {class: 'field-error', role: 'alert'}, error.message));
    return;
  }
  const rows = records.map(r => [
    el('a', {href: `?id=${encodeURIComponent(r.investigationId)}`, onclick: e => select(e, r.investigationId)}, r.investigationId.slice(0, 12)),
    formatTime(r.alertTime), r.location, typeLabel(r.type), r.investigator ?? '—',
    r.start ? formatTime(r.start) : '—', r.end ? formatTime(r.end) : '—', r.conclusion, r.notes,
  ]);
  fill(target, rows.length === 0 ? el('p', {}, 'No records match.') :
    table(plural(rows.length, 'record'), ['Investigation', 'Alert date/time', 'Alert location', 'Type', 'Investigator',
      'Start', 'End', 'Conclusion', 'Notes'], rows, {id: 'records-grid'}));
}

window.addEventListener('popstate', () => {
  const id = new URLSearchParams(location.search).get('id');
  if (id) showInvestigation(id);
});

start().catch(error => say(status, error.message, 'error'));
