// Colours of the operations map: one per alert type (colour-blind-safe families), a ring per severity.

export const TYPE_COLOURS = {
  BACKFLOW: '#0072b2',
  BACKFLOW_AND_TAMPER: '#7b0000',
  TAMPER: '#cc3311',
  REVERSED_METER: '#6a3d9a',
  CONTINUOUS_LEAK: '#009e73',
  INTERMITTENT_LEAK: '#66a61e',
  HIGH_USE: '#b8860b',
  LOW_USE: '#8c8c8c',
  NON_REPORTING: '#525252',
  PRESSURE_LOW: '#d55e00',
  PRESSURE_NEGATIVE: '#a50026',
  PRESSURE_SPIKE: '#e69f00',
  PRESSURE_DROP: '#f46d43',
  DMA_NIGHT_FLOW: '#1f78b4',
  WATER_QUALITY_EVENT: '#e7298a',
  MODEL_DRIFT: '#999999',
};

// Paul Tol's "muted" qualitative scheme (personal.sron.nl/~pault, 2021): nine colours that stay apart for
// people with protanopia, deuteranopia and tritanopia too. Zones 10-18 reuse them dashed, 19-27 dotted, so
// every zone of a network of up to 27 has its own look (MapLegendBrowserTest checks the distances).
const ZONE_PALETTE = ['#332288', '#88ccee', '#44aa99', '#117733', '#999933', '#ddcc77', '#cc6677', '#882255',
  '#aa4499'];
const ZONE_DASHES = [null, '10 5', '2 4'];
const NO_ZONE = {colour: '#9aa4ad', dashArray: null};

export function typeColour(type) {
  return TYPE_COLOURS[type] || '#444';
}

/** The colour and dash pattern of a zone's pipes, by the zone's place in the network's list. */
export function zoneStyle(zones, zoneId) {
  const index = zones.findIndex(z => z.id === zoneId);
  if (index < 0) return NO_ZONE;
  const dashes = ZONE_DASHES[Math.floor(index / ZONE_PALETTE.length) % ZONE_DASHES.length];
  return {colour: ZONE_PALETTE[index % ZONE_PALETTE.length], dashArray: dashes};
}

/** Marker radius in pixels: the more urgent, the larger. */
export function severityRadius(severity) {
  return {CRITICAL: 11, HIGH: 9, MEDIUM: 7, LOW: 6}[severity] || 6;
}

/** Pipe weight in pixels from its diameter in millimetres: mains stand out from service lines. */
export function pipeWeight(diameter) {
  if (!diameter) return 1.5;
  return Math.min(6, Math.max(1, diameter / 120));
}
