// Overview: what happened over the last week, by type, and the newest alerts with a way into their investigation.
import {api} from './http.js';
import {mountFrame, formatTime, severityBadge, typeLabel} from './frame.js';
import {el, fill, meterLink, table, say, plural} from './elements.js';
import {dailyBars, timeChart} from './charts.js';
import {typeColour} from './map-style.js';

const DAYS = 14;
// The daily panels of EPA figure 5-1 and the alert types each one counts.
const PANELS = [
  {chart: 'nonreporting-chart', title: 'Non-reporting meters', types: ['NON_REPORTING']},
  {chart: 'pressure-chart', title: 'Pressure events',
    types: ['PRESSURE_LOW', 'PRESSURE_NEGATIVE', 'PRESSURE_SPIKE', 'PRESSURE_DROP']},
  {chart: 'leaks-chart', title: 'Leaks', types: ['CONTINUOUS_LEAK', 'INTERMITTENT_LEAK']},
  {chart: 'backflow-chart', title: 'Backflow and tamper',
    types: ['BACKFLOW', 'BACKFLOW_AND_TAMPER', 'TAMPER', 'REVERSED_METER']},
];

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

async function showFigures() {
  const [perDay, consumption, nonReporting] = await Promise.all([
    api(`api/v1/overview/alerts-per-day?days=${DAYS}`),
    api('api/v1/overview/consumption?days=7&bucket=hour'),
    api('api/v1/alerts?type=NON_REPORTING&state=OPEN&limit=1000'),
  ]);
  const days = perDay.days;
  for (const panel of PANELS) {
    const series = panel.types.map(type => ({
      name: typeLabel(type), color: typeColour(type),
      values: days.map(day => perDay.counts.find(c => c.day === day && c.type === type)?.count ?? 0),
    }));
    const sum = values => values.reduce((a, b) => a + b, 0);
    const total = series.reduce((all, s) => all + sum(s.values), 0);
    // Only types that occurred get a legend entry; an empty panel keeps its first type to label the axes.
    const shown = series.filter(s => sum(s.values) > 0);
    dailyBars(document.getElementById(panel.chart), {days, series: shown.length ? shown : series.slice(0, 1),
      description: `${panel.title}: ${plural(total, 'alert')} raised over the last ${plural(DAYS, 'day')}, per day.`});
  }
  document.getElementById('nonreporting-open').textContent =
    `${nonReporting.length}${nonReporting.length === 1000 ? '+' : ''} not reporting now`;
  const points = consumption.map(t => [t.start, Math.round(t.litres) / 1000]);
  const total = consumption.reduce((sum, t) => sum + t.litres, 0) / 1000;
  const meters = Math.max(0, ...consumption.map(t => t.meters));
  document.getElementById('consumption-note').textContent = consumption.length
    ? `${total.toLocaleString(undefined, {maximumFractionDigits: 0})} m³ over 7 days from up to ${plural(meters, 'meter')} an hour (UTC hours).`
    : 'No meter reads in the last 7 days.';
  timeChart(document.getElementById('consumption-chart'), {series: [{name: 'All meters', points}], unit: 'm³ per hour',
    description: `Total system consumption per hour over the last 7 days: ${total.toFixed(0)} cubic metres.`});
}

/** The last break-risk runs with their state: a failed run shows its reason, a succeeded one what it ranked. */
async function showRiskRuns() {
  const target = document.getElementById('risk-runs');
  let runs;
  try {
    runs = await api('api/v1/risk/runs?limit=5');
  } catch (error) {
    fill(target, el('p', {}, `Break-risk runs could not be read: ${error.message}`));
    return;
  }
  const result = run => run.state === 'FAILED' ? `Failed: ${run.reason}`
    : run.run ? `${plural(run.run.pipes, 'pipe')} ranked as of ${run.run.asOf}, from ${plural(run.run.breaks, 'break')}`
      : 'Running';
  fill(target, runs.length === 0
    ? el('p', {}, 'No break-risk run yet: one runs every night, and administrators and superintendents can start one.')
    : table(`The last ${plural(runs.length, 'break-risk run')}, newest first`,
      ['Started', 'Started by', 'State', 'Finished', 'Result'],
      runs.map(run => [formatTime(run.startedAt), run.trigger, typeLabel(run.state),
        run.finishedAt ? formatTime(run.finishedAt) : '—', result(run)]),
      {id: 'risk-runs-table'}));
}

show().then(() => Promise.all([showFigures(), showRiskRuns()]))
  .catch(error => say(document.getElementById('status'), error.message, 'error'));
