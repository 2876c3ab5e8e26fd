// Operations map: pipes coloured by pressure zone, meters clustered by Supercluster, active alerts and open
// incidents on top, and the same alerts as a keyboard-friendly list beside the map; new alerts arrive live.
import {api} from './http.js';
import {ACKNOWLEDGERS, formatTime, hasRole, mountFrame, severityBadge, typeLabel} from './frame.js';
import {el, escapeHtml, fill, plural, say} from './elements.js';
import {acknowledge, onLive} from './live.js';
import {projectionFor} from './plane.js';
import {pipeWeight, severityRadius, typeColour, zoneStyle} from './map-style.js';

const status = document.getElementById('status');
const LEGEND_KEY = 'headwater.map.legend';
const state = {me: null, network: null, map: null, renderer: null, projection: null, geographic: false, alerts: new Map(), meterAt: new Map(),
  alertLayer: null, incidentLayer: null, clusterLayer: null, index: null, typeFilter: ''};

/** Leaflet takes [lat, lng]: y first, in either coordinate system. */
const latLng = (x, y) => L.latLng(y, x);

async function show() {
  state.me = await mountFrame('map');
  const [network, tiles] = await Promise.all([api('api/v1/map/network'), api('api/v1/map/settings')]);
  state.geographic = network.geographic;
  state.network = network;
  mountLegend(); // before the map is fitted: the fit keeps the network clear of an open legend
  state.map = createMap(network, tiles);
  drawNetwork(network);
  const meters = await api('api/v1/map/meters');
  indexMeters(meters, network);
  await loadAlerts();
  await loadWorkOrders();
  drawLegend();
  onLive(liveChange);
  state.map.on('moveend', drawClusters);
  // Milliseconds from the start of navigation to a usable map: the figure docs/benchmarks.md reports.
  document.body.dataset.mapReady = String(Math.round(performance.now()));
  say(status, `${meters.count.toLocaleString()} meters, ${state.alerts.size} active alerts.`);
}

function createMap(network, tiles) {
  const map = L.map('map', {
    crs: network.geographic ? L.CRS.EPSG3857 : L.CRS.Simple,
    minZoom: network.geographic ? 3 : -5,
    maxZoom: network.geographic ? 19 : 6,
    zoomSnap: 0.5,
    preferCanvas: true,
    keyboard: true,
  });
  if (network.geographic && tiles.tileUrl) {
    L.tileLayer(tiles.tileUrl, {attribution: tiles.attribution, maxZoom: 19}).addTo(map);
  }
  const [minX, minY, maxX, maxY] = network.bounds.length === 4 ? network.bounds : [0, 0, 1, 1];
  map.fitBounds(L.latLngBounds(latLng(minX, minY), latLng(maxX, maxY)),
    {paddingTopLeft: [legendClearance(), 20], paddingBottomRight: [20, 20]});
  state.projection = projectionFor(network.geographic, network.bounds);
  // The network's name and coordinate system come from the imported file; Leaflet takes the prefix as HTML.
  map.attributionControl.setPrefix(escapeHtml(network.geographic ? 'Leaflet' : `Leaflet · ${network.name}, ${network.crs}`));
  return map;
}

function drawNetwork(network) {
  // One canvas for pipes, facilities, meters and incident rings: a second canvas would lie over the first
  // and take its pointer events, and the pipes' tooltips would never open.
  const renderer = state.renderer = L.canvas({padding: 0.3});
  const pipes = L.layerGroup(network.links.map(link => {
    const zone = zoneStyle(network.zones, link.zone);
    return L.polyline([latLng(...link.from), latLng(...link.to)], {
      renderer, color: zone.colour, dashArray: zone.dashArray, weight: pipeWeight(link.diameter), opacity: 0.85,
    }).bindTooltip(() => asText(`${typeLabel(link.kind)} ${link.id}${link.zone ? ` · ${zoneName(network, link.zone)}` : ''}`
      + (link.diameter ? ` · ${Math.round(link.diameter)} mm` : '')));
  }));
  const facilities = L.layerGroup(network.facilities.map(f => L.circleMarker(latLng(f.x, f.y), {
    renderer, radius: 5, color: '#1b1f23', weight: 2, fillColor: '#fff', fillOpacity: 1,
  }).bindTooltip(() => asText(`${typeLabel(f.kind)}: ${f.name}`))));
  pipes.addTo(state.map);
  facilities.addTo(state.map);
  state.clusterLayer = L.layerGroup().addTo(state.map);
  state.incidentLayer = L.layerGroup().addTo(state.map);
  state.alertLayer = L.layerGroup().addTo(state.map);
  L.control.layers(null, {
    'Pipes by pressure zone': pipes, 'Tanks, sources, sensors': facilities, Meters: state.clusterLayer,
    'Open incidents': state.incidentLayer, 'Active alerts': state.alertLayer,
  }, {collapsed: true}).addTo(state.map);
}

/** Tooltip content as a text node: Leaflet parses a string as HTML, and these names come from imported files. */
function asText(text) {
  return document.createTextNode(text);
}

function zoneName(network, zoneId) {
  return network.zones.find(z => z.id === zoneId)?.name || zoneId;
}

function indexMeters(meters, network) {
  const features = new Array(meters.count);
  for (let i = 0; i < meters.count; i++) {
    const x = meters.xy[2 * i];
    const y = meters.xy[2 * i + 1];
    state.meterAt.set(meters.ids[i], [x, y]);
    features[i] = {type: 'Feature', properties: {id: meters.ids[i]},
      geometry: {type: 'Point', coordinates: state.projection.toLngLat(x, y)}};
  }
  const started = performance.now();
  state.index = new Supercluster({radius: 64, maxZoom: 18});
  state.index.load(features);
  performance.measure('headwater:cluster-index', {start: started});
  drawClusters();
}

/** Clusters for what is on screen at this zoom; only these few hundred markers exist at a time. */
function drawClusters() {
  if (!state.index) return;
  const started = performance.now();
  const bounds = state.map.getBounds();
  const sw = state.projection.toLngLat(bounds.getWest(), bounds.getSouth());
  const ne = state.projection.toLngLat(bounds.getEast(), bounds.getNorth());
  const zoom = Math.max(0, Math.floor(state.map.getZoom()) + state.projection.zoomOffset);
  const bbox = state.geographic ? [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]
    : [Math.max(-180, sw[0]), Math.max(-85, sw[1]), Math.min(180, ne[0]), Math.min(85, ne[1])];
  const markers = state.index.getClusters(bbox, Math.min(zoom, 19)).map(feature => {
    const [x, y] = state.projection.toPlane(...feature.geometry.coordinates);
    return feature.properties.cluster ? clusterMarker(feature, x, y) : meterMarker(feature.properties.id, x, y);
  });
  state.clusterLayer.clearLayers();
  markers.forEach(marker => state.clusterLayer.addLayer(marker));
  performance.measure('headwater:clusters', {start: started}); // visible in the browser's performance tools
}

function clusterMarker(feature, x, y) {
  const count = feature.properties.point_count;
  const size = 20 + Math.min(22, Math.log10(count) * 7);
  const marker = L.marker(latLng(x, y), {
    icon: L.divIcon({className: 'meter-cluster', html: el('span', {}, feature.properties.point_count_abbreviated),
      iconSize: [size, size]}),
    title: `${count} meters`, alt: `${count} meters`, keyboard: true,
  });
  marker.on('click', () => {
    const expansion = state.index.getClusterExpansionZoom(feature.properties.cluster_id) - state.projection.zoomOffset;
    if (expansion <= state.map.getMaxZoom() && expansion > state.map.getZoom()) {
      state.map.setView(latLng(x, y), expansion);
    } else {
      // Meters at one address never separate: list them instead.
      const leaves = state.index.getLeaves(feature.properties.cluster_id, 50);
      marker.bindPopup(meterList(leaves.map(leaf => leaf.properties.id), count)).openPopup();
    }
  });
  return marker;
}

function meterMarker(id, x, y) {
  return L.circleMarker(latLng(x, y), {renderer: state.renderer, radius: 4, color: '#0b4f71', weight: 1, fillColor: '#5fa8d3', fillOpacity: 0.9})
    .bindPopup(() => meterList([id], 1));
}

function meterList(ids, total) {
  return el('div', {class: 'popup'}, el('strong', {}, total === 1 ? 'Meter' : `${total} meters here`),
    el('ul', {}, ids.map(id => el('li', {}, el('a', {href: `meter.html?id=${encodeURIComponent(id)}`}, id),
      alertsAt(id)))), total > ids.length ? el('p', {}, `and ${total - ids.length} more`) : null);
}

function alertsAt(sourceId) {
  const here = [...state.alerts.values()].filter(a => a.sourceId === sourceId);
  return here.length ? [' — ', here.map(a => typeLabel(a.type)).join(', ')] : '';
}

async function loadAlerts() {
  const [open, acknowledged, incidents] = await Promise.all([
    api('api/v1/alerts?state=OPEN&limit=1000'),
    api('api/v1/alerts?state=ACKNOWLEDGED&limit=1000'),
    api('api/v1/incidents?limit=200'),
  ]);
  for (const alert of [...open, ...acknowledged]) state.alerts.set(alert.id, alert);
  state.incidents = incidents.filter(incident => !incident.closedAt);
  const types = [...new Set([...state.alerts.values()].map(a => a.type))].sort();
  const select = document.getElementById('type-filter');
  types.forEach(type => select.append(el('option', {value: type}, typeLabel(type))));
  select.addEventListener('change', () => {
    state.typeFilter = select.value;
    redrawAlerts();
  });
  redrawAlerts();
}

function alertPoint(alert) {
  if (alert.location) return [alert.location.x, alert.location.y];
  return state.meterAt.get(alert.sourceId) || null;
}

function visibleAlerts() {
  return [...state.alerts.values()]
    .filter(a => !state.typeFilter || a.type === state.typeFilter)
    .sort((a, b) => b.time.localeCompare(a.time));
}

function redrawAlerts() {
  state.alertLayer.clearLayers();
  const alerts = visibleAlerts();
  for (const alert of alerts) {
    const point = alertPoint(alert);
    if (!point) continue;
    // DOM markers, not canvas: each alert is focusable, named for screen readers, and above the clusters.
    const size = 2 * severityRadius(alert.severity);
    const marker = L.marker(latLng(...point), {
      icon: L.divIcon({className: `alert-marker${alert.state === 'ACKNOWLEDGED' ? ' acknowledged' : ''}`,
        html: el('span', {style: `background:${typeColour(alert.type)}`, 'data-alert-id': alert.id}),
        iconSize: [size, size]}),
      title: `${typeLabel(alert.type)} at ${alert.sourceId}`, alt: `${typeLabel(alert.type)} at ${alert.sourceId}`,
      keyboard: true, zIndexOffset: 1000,
    }).bindPopup(() => alertDetails(alert));
    marker.alertId = alert.id;
    state.alertLayer.addLayer(marker);
  }
  drawIncidents();
  drawList(alerts);
}

// Orders still open or just completed; rejected, cancelled and closed ones have left the field.
const WORK_ENDED = new Set(['REJECTED', 'CANCELLED', 'CLOSED']);

async function loadWorkOrders() {
  state.workOrderLayer = L.layerGroup().addTo(state.map);
  let orders;
  try {
    orders = await api('api/v1/work-orders?limit=500');
  } catch (error) {
    fill(document.getElementById('work-orders'), el('li', {}, `Work orders could not be read: ${error.message}`));
    return;
  }
  const shown = orders.filter(order => !WORK_ENDED.has(order.status));
  for (const order of shown) {
    const point = workOrderPoint(order);
    if (!point) continue;
    const name = `${typeLabel(order.content.type)} ${order.id}: ${typeLabel(order.status)}`;
    state.workOrderLayer.addLayer(L.marker(latLng(...point), {
      icon: L.divIcon({className: 'work-order-marker',
        html: el('span', {class: `work-status-${order.status.toLowerCase()}`, 'data-work-order-id': order.id}, 'W'),
        iconSize: [16, 16]}),
      title: name, alt: name, keyboard: true, zIndexOffset: 900,
    }).bindPopup(() => workOrderDetails(order)));
  }
  document.getElementById('work-order-count').textContent = String(shown.length);
  fill(document.getElementById('work-orders'), shown.length ? shown.slice(0, 100).map(order =>
    el('li', {'data-work-order-id': order.id},
      el('a', {href: `work-orders.html?id=${encodeURIComponent(order.id)}`}, order.id), ' ',
      el('strong', {}, typeLabel(order.status)), ` · ${typeLabel(order.content.type)}`, el('br'),
      el('small', {}, order.content.title)))
    : el('li', {}, 'No open work orders.'));
}

function workOrderPoint(order) {
  const point = order.content.location?.point;
  if (point) return [point.x, point.y];
  return order.content.assetId ? state.meterAt.get(order.content.assetId) || null : null;
}

function workOrderDetails(order) {
  return el('div', {class: 'popup'}, el('strong', {}, `${typeLabel(order.content.type)} · ${typeLabel(order.status)}`),
    el('p', {}, order.content.title, el('br'), order.cmmsReference ? `CMMS ${order.cmmsReference} · ` : '',
      `updated ${formatTime(order.updatedAt)}`),
    el('a', {href: `work-orders.html?id=${encodeURIComponent(order.id)}`}, `Open ${order.id}`));
}

function drawIncidents() {
  state.incidentLayer.clearLayers();
  for (const incident of state.incidents || []) {
    const points = incident.sourceIds.map(id => state.meterAt.get(id)).filter(Boolean);
    if (!points.length) continue;
    const cx = points.reduce((sum, p) => sum + p[0], 0) / points.length;
    const cy = points.reduce((sum, p) => sum + p[1], 0) / points.length;
    const radius = Math.max(...points.map(p => Math.hypot(p[0] - cx, p[1] - cy))) + (state.geographic ? 150 : 40);
    const centre = latLng(cx, cy);
    state.incidentLayer.addLayer(L.circle(centre, {renderer: state.renderer, radius, color: '#8c1007', weight: 2, dashArray: '6 4', fillOpacity: 0.06})
      .bindTooltip(() => asText(`${typeLabel(incident.kind)} · ${plural(incident.alertIds.length, 'alert')}`)));
  }
  fill(document.getElementById('open-incidents'), (state.incidents || []).length
    ? state.incidents.map(incident => el('li', {}, el('strong', {}, typeLabel(incident.kind)),
      ` · ${plural(incident.alertIds.length, 'alert')}${incident.zoneId ? ` · ${incident.zoneId}` : ''}`, el('br'),
      el('small', {}, `since ${formatTime(incident.firstAlertAt)}`)))
    : el('li', {}, 'No open incidents.'));
}

function drawList(alerts) {
  document.getElementById('active-count').textContent = String(alerts.length);
  const canAcknowledge = hasRole(state.me, ...ACKNOWLEDGERS);
  fill(document.getElementById('active-alerts'), alerts.length ? alerts.slice(0, 300).map(alert =>
    el('li', {class: alert.state === 'ACKNOWLEDGED' ? 'acknowledged' : '', 'data-alert-id': alert.id},
      el('span', {class: 'swatch', style: `background:${typeColour(alert.type)}`, 'aria-hidden': 'true'}),
      severityBadge(alert.severity), ' ', el('strong', {}, typeLabel(alert.type)), ' at ',
      el('a', {href: `meter.html?id=${encodeURIComponent(alert.sourceId)}`}, alert.sourceId), el('br'),
      el('small', {}, `${formatTime(alert.time)} · ${typeLabel(alert.state)}`),
      el('div', {class: 'row-actions'},
        el('button', {type: 'button', onclick: () => locate(alert)}, 'Show on map'),
        canAcknowledge && alert.state === 'OPEN'
          ? el('button', {type: 'button', class: 'primary', onclick: () => acknowledgeFromList(alert)}, 'Acknowledge') : null,
        el('a', {href: `investigations.html?alert=${encodeURIComponent(alert.id)}`}, 'Investigate'))))
    : el('li', {}, 'No active alerts.'));
}

function alertDetails(alert) {
  return el('div', {class: 'popup'}, severityBadge(alert.severity), ' ', el('strong', {}, typeLabel(alert.type)),
    el('p', {}, el('a', {href: `meter.html?id=${encodeURIComponent(alert.sourceId)}`}, alert.sourceId),
      alert.zoneId ? ` · ${alert.zoneId}` : '', el('br'), formatTime(alert.time), el('br'),
      alert.evidence?.summary || ''),
    el('a', {href: `investigations.html?alert=${encodeURIComponent(alert.id)}`}, 'Investigate'));
}

function locate(alert) {
  const point = alertPoint(alert);
  if (!point) {
    say(status, `${alert.sourceId} has no location on the map.`);
    return;
  }
  state.map.setView(latLng(...point), Math.max(state.map.getZoom(), state.geographic ? 17 : 3));
  state.alertLayer.eachLayer(layer => {
    if (layer.alertId === alert.id) layer.openPopup();
  });
}

async function acknowledgeFromList(alert) {
  try {
    const acknowledged = await acknowledge(alert);
    state.alerts.set(acknowledged.id, acknowledged);
    redrawAlerts();
    say(status, `${typeLabel(alert.type)} at ${alert.sourceId} acknowledged.`);
  } catch (error) {
    say(status, error.message, 'error');
  }
}

function liveChange(kind, payload) {
  if (kind === 'raised' || kind === 'acknowledged') {
    state.alerts.set(payload.id, payload);
  } else if (kind === 'cleared') {
    state.alerts.delete(payload.alertId);
  }
  if (kind === 'raised') say(status, `New ${typeLabel(payload.type).toLowerCase()} alert at ${payload.sourceId}.`);
  redrawAlerts();
  drawLegend(); // a new type gets its colour in the legend
}

/** The legend opens and closes with its summary (a native disclosure: Enter and Space work); the choice is kept. */
function mountLegend() {
  const legend = document.getElementById('legend');
  const stored = localStorage.getItem(LEGEND_KEY);
  legend.open = stored ? stored === 'open' : true;
  legend.addEventListener('toggle', () => localStorage.setItem(LEGEND_KEY, legend.open ? 'open' : 'closed'));
  drawLegend();
}

/** Pixels to keep free on the map's left for the legend when it lies over the map (wide screens) and is open. */
function legendClearance() {
  const legend = document.getElementById('legend');
  const over = getComputedStyle(legend).position === 'absolute';
  return over && legend.open ? legend.offsetWidth + 24 : 20;
}

function drawLegend() {
  const types = [...new Set([...state.alerts.values()].map(a => a.type))].sort();
  const zones = state.network?.zones || [];
  fill(document.getElementById('legend-body'),
    zones.length ? [el('strong', {}, 'Pressure zones'), el('ul', {class: 'zone-list'}, zones.map(zone => {
      const style = zoneStyle(zones, zone.id);
      const line = style.dashArray === null ? 'solid' : style.dashArray.startsWith('2') ? 'dotted' : 'dashed';
      return el('li', {'data-zone': zone.id}, el('span', {class: 'zone-line', 'aria-hidden': 'true',
        style: `border-top: 4px ${line} ${style.colour}`}), zone.name || zone.id);
    }))] : null,
    el('strong', {}, 'Alerts'), el('ul', {}, (types.length ? types : ['BACKFLOW', 'TAMPER'])
      .map(type => el('li', {}, el('span', {class: 'swatch', style: `background:${typeColour(type)}`, 'aria-hidden': 'true'}),
        typeLabel(type)))), el('p', {}, 'Dashed: acknowledged · rings: open incidents'),
    el('p', {}, 'W squares: work orders (blue with the CMMS, green completed, red failed to send)'));
}

show().catch(error => say(status, error.message, 'error'));
