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

const ZONE_PALETTE = ['#4e79a7', '#59a14f', '#9c755f', '#76b7b2', '#edc948', '#b07aa1', '#ff9da7', '#bab0ac',
  '#f28e2b', '#86bcb6'];

export function typeColour(type) {
  return TYPE_COLOURS[type] || '#444';
}

export function zoneColour(zones, zoneId) {
  const index = zones.findIndex(z => z.id === zoneId);
  return index < 0 ? '#9aa4ad' : ZONE_PALETTE[index % ZONE_PALETTE.length];
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
