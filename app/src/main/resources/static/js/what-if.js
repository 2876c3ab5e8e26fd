// What-if screen: choose a pipe, valve or pump (on the map or from the list) and an action, run the hydraulic
// model, and see the junctions below the minimum pressure on the map, the critical customers, the tanks'
// empty times and a timeline of pressure and tank level. The server only simulates; nothing is operated.
import {api} from './http.js';
import {formatTime, mountFrame, typeLabel} from './frame.js';
import {el, fill, plural, quantity, say, table} from './elements.js';
import {timeChart} from './charts.js';
import {pipeWeight} from './map-style.js';

const status = document.getElementById('status');
const form = document.getElementById('what-if-form');
const elementSelect = document.getElementById('element');
const actionSelect = document.getElementById('action');
const state = {map: null, renderer: null, links: new Map(), lines: new Map(), affected: null, selected: null, report: null};

/** Leaflet takes [lat, lng]: y first, in either coordinate system. */
const latLng = (x, y) => L.latLng(y, x);
const ACTION_FOR = {PIPE: 'CLOSE_LINK', VALVE: 'CLOSE_LINK', PUMP: 'STOP_PUMP'};

async function show() {
  await mountFrame('what-if');
  const network = await api('api/v1/map/network');
  state.map = createMap(network);
  drawNetwork(network);
  const links = [...network.links].sort((a, b) => a.id.localeCompare(b.id, undefined, {numeric: true}));
  for (const link of links) {
    elementSelect.append(el('option', {value: link.id}, `${typeLabel(link.kind)} ${link.id}`));
  }
  elementSelect.addEventListener('change', () => choose(elementSelect.value));
  form.addEventListener('submit', event => {
    event.preventDefault();
    run();
  });
  document.body.dataset.ready = 'true';
  say(status, `${plural(links.length, 'pipe, valve or pump', 'pipes, valves and pumps')} to choose from.`);
}

function createMap(network) {
  const map = L.map('map', {
    crs: network.geographic ? L.CRS.EPSG3857 : L.CRS.Simple,
    minZoom: network.geographic ? 3 : -5,
    maxZoom: network.geographic ? 19 : 6,
    zoomSnap: 0.5,
    preferCanvas: true,
  });
  const [minX, minY, maxX, maxY] = network.bounds.length === 4 ? network.bounds : [0, 0, 1, 1];
  map.fitBounds(L.latLngBounds(latLng(minX, minY), latLng(maxX, maxY)), {padding: [20, 20]});
  map.attributionControl.setPrefix('Leaflet');
  return map;
}

function drawNetwork(network) {
  const renderer = state.renderer = L.canvas({padding: 0.3, tolerance: 4});
  for (const link of network.links) {
    state.links.set(link.id, link);
    const line = L.polyline([latLng(...link.from), latLng(...link.to)], {
      renderer, color: '#5b6770', weight: pipeWeight(link.diameter), opacity: 0.85,
    }).bindTooltip(() => asText(`${typeLabel(link.kind)} ${link.id}`));
    line.on('click', () => choose(link.id));
    line.addTo(state.map);
    state.lines.set(link.id, line);
  }
  for (const f of network.facilities) {
    L.circleMarker(latLng(f.x, f.y), {renderer, radius: 5, color: '#1b1f23', weight: 2, fillColor: '#fff', fillOpacity: 1})
      .bindTooltip(() => asText(`${typeLabel(f.kind)}: ${f.name}`)).addTo(state.map);
  }
  state.affected = L.layerGroup().addTo(state.map);
}

/** Leaflet treats a string tooltip as HTML: hand it a text node instead. */
function asText(text) {
  return document.createTextNode(text);
}

function choose(id) {
  const link = state.links.get(id);
  if (!link) return;
  if (state.selected) state.lines.get(state.selected)?.setStyle({color: '#5b6770'});
  state.selected = id;
  state.lines.get(id)?.setStyle({color: '#0b5cad'});
  elementSelect.value = id;
  actionSelect.value = ACTION_FOR[link.kind] || 'CLOSE_LINK';
  say(status, `${typeLabel(link.kind)} ${id} chosen.`);
}

async function run() {
  const element = elementSelect.value;
  if (!element) {
    say(status, 'Choose a pipe, valve or pump first.', 'error');
    return;
  }
  const button = document.getElementById('run');
  button.disabled = true;
  say(status, 'Running the hydraulic model…');
  try {
    const report = await api('api/v1/what-if', {method: 'POST', body: {
      actions: [{action: actionSelect.value, element}],
      durationHours: Number(document.getElementById('hours').value),
      minimumPressurePsi: Number(document.getElementById('minimum').value),
    }});
    state.report = report;
    render(report);
    say(status, `${plural(report.nodes.length, 'junction')} below ${report.minimumPressurePsi} psi, `
      + `${plural(report.premisesAffected, 'premise')}, ${plural(report.criticalCustomers.length, 'critical customer')} `
      + `(run took ${report.runMillis} ms).`);
  } catch (e) {
    say(status, e.message, 'error');
  } finally {
    button.disabled = false;
  }
}

function render(report) {
  drawAffected(report);
  fill(document.getElementById('summary'), summary(report));
  fill(document.getElementById('details'), ...details(report));
  if (report.nodes.length > 0) showNode(report.nodes[0].node);
  else fill(document.getElementById('pressure-chart'));
  drawTanks(report);
}

function drawAffected(report) {
  state.affected.clearLayers();
  for (const node of report.nodes) {
    if (node.x === null || node.y === null) continue;
    const colour = node.belowWithoutActions ? '#8a6d00' : '#b3261e';
    L.circleMarker(latLng(node.x, node.y), {renderer: state.renderer, radius: 7, color: colour, weight: 2, fillColor: colour, fillOpacity: 0.6})
      .bindTooltip(() => asText(`Junction ${node.node}: below ${report.minimumPressurePsi} psi from ${formatTime(node.firstBelowAt)}, lowest ${quantity(node.lowestPsi)} psi`))
      .on('click', () => showNode(node.node))
      .addTo(state.affected);
  }
  document.getElementById('map').dataset.affectedNodes = String(report.nodes.length);
}

function summary(report) {
  const items = report.tanks.map(t => el('li', {}, `Tank ${t.tank}: `, t.emptiesAt
    ? `empties at ${formatTime(t.emptiesAt)} (after ${quantity(t.emptiesAfterSeconds / 3600, 3)} h)`
    : `does not empty within ${report.durationHours} h`));
  return el('div', {},
    el('h2', {}, 'Result'),
    el('p', {}, `${plural(report.nodes.length, 'junction')} below ${report.minimumPressurePsi} psi, serving `
      + `${plural(report.premisesAffected, 'premise')} and ${plural(report.metersAffected, 'meter')}.`),
    el('ul', {id: 'tank-summary'}, items));
}

function details(report) {
  const critical = table('Critical customers affected',
    ['Premise', 'Use', 'Node', 'Below minimum from', 'Lowest psi'],
    report.criticalCustomers.map(c => [c.name, el('span', {class: 'critical'}, c.criticalUse), c.node, formatTime(c.firstAffectedAt), quantity(c.lowestPsi)]),
    {id: 'critical-customers'});
  const nodes = table('Junctions below the minimum pressure',
    ['Junction', 'From', 'Lowest psi', 'Hours below', 'Premises', 'Also without the action'],
    report.nodes.map(n => [
      el('button', {type: 'button', class: 'link-button', onclick: () => showNode(n.node)}, n.node),
      formatTime(n.firstBelowAt), quantity(n.lowestPsi), quantity(n.hoursBelow, 3), String(n.premises.length),
      n.belowWithoutActions ? 'yes' : 'no']),
    {id: 'affected-nodes'});
  const warnings = report.warnings.length === 0 ? '' : el('details', {}, el('summary', {}, plural(report.warnings.length, 'solver warning')),
    el('ul', {}, report.warnings.map(w => el('li', {}, w))));
  return [critical, nodes, warnings];
}

function points(report, values) {
  const start = new Date(report.start).getTime();
  return report.times.map((t, i) => [new Date(start + t * 1000).toISOString(), values[i]]);
}

function showNode(id) {
  const report = state.report;
  const node = report.nodes.find(n => n.node === id);
  if (!node) return;
  timeChart(document.getElementById('pressure-chart'), {
    series: [{name: `Pressure at ${node.node}`, points: points(report, node.pressurePsi)},
      {name: 'Minimum', points: points(report, report.times.map(() => report.minimumPressurePsi))}],
    unit: 'psi',
    description: `Pressure at junction ${node.node} over the run, against the ${report.minimumPressurePsi} psi minimum.`,
  });
  document.getElementById('pressure-chart').dataset.node = node.node;
}

function drawTanks(report) {
  const container = document.getElementById('tank-chart');
  if (report.tanks.length === 0) {
    fill(container, el('p', {}, 'The network has no tanks.'));
    return;
  }
  timeChart(container, {
    series: report.tanks.slice(0, 3).map(t => ({name: `Tank ${t.tank} level`, points: points(report, t.level)})),
    unit: 'level',
    markers: report.tanks.filter(t => t.emptiesAt).map(t => ({time: t.emptiesAt, label: `${t.tank} empty`})),
    description: 'Tank levels over the run, with the time each tank empties marked.',
  });
}

show().catch(e => say(status, e.message, 'error'));
