// Meter page: read history with its alerts (and its premise's) marked, alarm codes, interface-unit
// attributes, premise, read success rate, and links to the meter's and premise's alerts and investigations.
import {api} from './http.js';
import {mountFrame, formatTime, severityBadge, typeLabel} from './frame.js';
import {el, fill, table, say, percent, plural} from './elements.js';
import {timeChart} from './charts.js';

const status = document.getElementById('status');
const meterId = new URLSearchParams(location.search).get('id');
const HOUR = 3600 * 1000;
let serverNow; // the end of the default range, in the server's (possibly replayed) time
let alerts = []; // the meter's alerts and its premise's (backflow + tamper is raised at the premise)

async function start() {
  await mountFrame('meter');
  if (!meterId) {
    say(status, 'No meter chosen: open this page as meter.html?id=<meter id>.', 'error');
    return;
  }
  // A sensor the network model knows shows its residual; this does not wait for (or depend on) the meter record.
  const residuals = showResiduals().catch(() => {});
  const meter = await api(`api/v1/meters/${encodeURIComponent(meterId)}`).catch(async error => {
    await residuals;
    throw error;
  });
  document.title = `Meter ${meter.id} · Headwater`;
  document.getElementById('meter-title').textContent = `Meter ${meter.id}${meter.name !== meter.id ? ` — ${meter.name}` : ''}`;
  const [own, premise] = await Promise.all([
    api(`api/v1/alerts?source=${encodeURIComponent(meterId)}&limit=500`),
    meter.premise ? api(`api/v1/alerts?source=${encodeURIComponent(meter.premise)}&limit=500`) : [],
  ]);
  alerts = [...own, ...premise].sort((a, b) => new Date(b.time) - new Date(a.time));
  document.getElementById('range-form').addEventListener('submit', e => {
    e.preventDefault();
    showReads();
  });
  await Promise.all([showReads(), showAttributes(meter), showRate(), showAlerts(), showInvestigations(meter.premise)]);
}

async function showReads() {
  const days = Number(document.getElementById('range').value);
  const measurand = document.getElementById('measurand').value;
  if (!serverNow) {
    // The first call without a range tells the server's "now" (the demo runs on a replay clock).
    serverNow = new Date((await api(`api/v1/meters/${encodeURIComponent(meterId)}/reads`)).to);
  }
  const from = new Date(serverNow.getTime() - days * 24 * HOUR);
  const range = `from=${from.toISOString()}&to=${serverNow.toISOString()}`;
  const [series, events] = await Promise.all([
    api(`api/v1/meters/${encodeURIComponent(meterId)}/reads?${range}&measurand=${measurand}`),
    api(`api/v1/meters/${encodeURIComponent(meterId)}/events?${range}`),
  ]);
  const inRange = alerts.filter(a => new Date(a.time) >= from && new Date(a.time) < serverNow);
  const chart = document.getElementById('reads-chart');
  timeChart(chart, {
    series: [{name: measurand === 'INTERVAL_VOLUME' ? 'Interval volume' : measurand.toLowerCase(), points: series.reads.map(r => [r.time, r.value])}],
    unit: series.unit,
    markers: inRange.map(a => ({time: a.time, label: typeLabel(a.type)})),
    range: [from, serverNow],
    description: `${plural(series.reads.length, 'read')} of meter ${meterId} over the last ${plural(days, 'day')}, ${plural(inRange.length, 'alert')} marked`,
  });
  chart.dataset.reads = series.reads.length;
  chart.dataset.markers = inRange.length;
  document.getElementById('reads-summary').textContent =
    `${plural(series.reads.length, 'read')} (${series.unit}) from ${formatTime(series.from)} to ${formatTime(series.to)}; ` +
    `${plural(inRange.length, 'alert')} marked on the chart.`;
  fill(document.getElementById('alarms'), events.length === 0 ? el('p', {}, 'No alarm codes in this range.') :
    table(plural(events.length, 'alarm code'), ['Time', 'Code', 'Vendor code'],
      events.map(e => [formatTime(e.time), el('code', {}, e.code), e.vendorCode || '—'])));
}

async function showResiduals() {
  const answer = await api(`api/v1/twin/residuals?sensor=${encodeURIComponent(meterId)}`);
  const sensor = answer.sensors[0];
  if (!sensor) return;
  document.getElementById('residual-panel').hidden = false;
  const chart = document.getElementById('residual-chart');
  const measured = sensor.points.filter(p => p.measured !== null);
  timeChart(chart, {
    series: [
      {name: 'measured', points: measured.map(p => [p.time, p.measured])},
      {name: 'modelled', points: sensor.points.map(p => [p.time, p.modelled])},
      {name: 'residual', points: measured.map(p => [p.time, p.residual])},
    ],
    unit: sensor.unit,
    range: [new Date(answer.from), new Date(answer.to)],
    description: `Measured, modelled and residual values of ${meterId} at ${sensor.element}, ${plural(sensor.points.length, 'step')}`,
  });
  chart.dataset.points = sensor.points.length;
  const last = measured[measured.length - 1];
  document.getElementById('residual-summary').textContent = last
    ? `Latest (${formatTime(last.time)}): measured ${last.measured.toFixed(1)} ${sensor.unit}, modelled ${last.modelled.toFixed(1)} ${sensor.unit}, residual ${last.residual.toFixed(1)} ${sensor.unit}.`
    : 'No measurement in the last 24 hours.';
}

async function showAttributes(meter) {
  const spec = meter.spec;
  const rows = [
    ['Type', spec.type.replace('_', '-').toLowerCase()],
    ['Size', `${spec.sizeInches}"`],
    ['Installed', spec.installDate ?? 'unknown'],
    ['Orientation', spec.orientation.toLowerCase()],
    ['Remote shut-off valve', spec.remoteValve ? 'yes' : 'no'],
    ['Backflow preventer', spec.backflowPreventer ? 'yes' : 'no'],
    ['Register unit', spec.registerUnit],
    ['Register rollover', String(spec.registerRollover)],
    ['Read interval', duration(spec.readInterval)],
    ['Transmission interval', duration(spec.transmissionInterval)],
  ];
  const premise = meter.premise ? await api(`api/v1/network/elements/${encodeURIComponent(meter.premise)}`).catch(() => null) : null;
  fill(document.getElementById('attributes'),
    el('dl', {class: 'facts'}, rows.map(([k, v]) => el('div', {}, el('dt', {}, k), el('dd', {}, v)))),
    el('h3', {}, 'Premise'),
    meter.premise ? el('dl', {class: 'facts'},
      el('div', {}, el('dt', {}, 'Premise'), el('dd', {}, meter.premise)),
      premiseFacts(premise)) : el('p', {}, 'No premise is linked to this meter.'));
}

function premiseFacts(premise) {
  const element = premise?.element ?? premise;
  if (!element?.attributes) return null;
  return Object.entries(element.attributes).map(([k, v]) => el('div', {}, el('dt', {}, k.replaceAll('_', ' ')), el('dd', {}, v)));
}

function duration(iso) {
  const hours = /^PT(\d+)H$/.exec(iso);
  const minutes = /^PT(\d+)M$/.exec(iso);
  return hours ? `${hours[1]} h` : minutes ? `${minutes[1]} min` : iso;
}

async function showRate() {
  const rate = await api(`api/v1/meters/${encodeURIComponent(meterId)}/read-success-rate`);
  const typical = rate.rate >= 0.985;
  fill(document.getElementById('rate'),
    el('p', {class: 'big-number'}, percent(rate.rate)),
    el('p', {}, `${rate.received} of ${rate.expected} expected reads from ${formatTime(rate.windowStart)} to ${formatTime(rate.windowEnd)}. `,
      typical ? 'Within the 98.5–99.5 % EPA gives as typical.' : 'Below the 98.5 % EPA gives as the typical low.'));
}

function showAlerts() {
  fill(document.getElementById('alerts'), alerts.length === 0 ? el('p', {}, 'No alerts at this meter or its premise.') :
    table(`${plural(alerts.length, 'alert')} at this meter and its premise, newest first`,
      ['Time', 'Severity', 'Type', 'At', 'State', 'Summary', ''],
      alerts.map(a => [formatTime(a.time), severityBadge(a.severity), typeLabel(a.type),
        a.sourceId === meterId ? 'this meter' : `premise ${a.sourceId}`, a.state.toLowerCase(),
        a.evidence?.summary ?? '',
        el('a', {href: `investigations.html?alert=${encodeURIComponent(a.id)}`}, 'Investigate')])));
}

async function showInvestigations(premise) {
  const mine = (await api('api/v1/investigations')).map(v => v.investigation)
    .filter(i => i.subject.sourceId === meterId || (premise && i.subject.sourceId === premise));
  fill(document.getElementById('investigations'), mine.length === 0 ? el('p', {}, 'No investigations at this meter.') :
    table(plural(mine.length, 'investigation'), ['Investigation', 'Alert type', 'Alert time', 'Step', 'Investigator'],
      mine.map(i => [el('a', {href: `investigations.html?id=${encodeURIComponent(i.id)}`}, i.id.slice(0, 12)),
        typeLabel(i.subject.type), formatTime(i.subject.alertTime), i.step.replaceAll('_', ' ').toLowerCase(), i.assignee ?? '—'])));
}

start().catch(error => say(status, error.message, 'error'));
