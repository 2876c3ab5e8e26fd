// Time-series charts (ECharts from its WebJar) for the meter page and the investigation evidence.
import * as echarts from '../webjars/echarts/5.3.1/dist/echarts.esm.min.js';
import {quantity} from './elements.js';

const charts = new WeakMap();
// Tooltips drawn on the canvas, not as HTML: series and marker names never reach the DOM as markup, and the
// Content-Security-Policy (no inline styles) has nothing to refuse.
const TOOLTIP = {trigger: 'axis', renderMode: 'richText'};

/**
 * Draws reads over time in `container`, with each marker (an alert) as a labelled vertical line.
 * series: [{name, points: [[isoTime, value], ...]}]; markers: [{time, label}]; range: [from, to] (Dates)
 * fixes the time axis, so a marker inside the range is drawn even where no read has arrived yet.
 * Sets data-drawn-markers to the number of markers that lie on the plotted area.
 */
export function timeChart(container, {series, unit, markers = [], description, range}) {
  const chart = chartIn(container, description);
  const markLine = {
    symbol: 'none',
    silent: false,
    lineStyle: {color: '#b3261e', type: 'dashed', width: 2},
    label: {formatter: p => p.name, color: '#7a1a14', position: 'insideEndTop'},
    data: markers.map(m => ({name: m.label, xAxis: m.time})),
  };
  chart.setOption({
    animation: false,
    aria: {enabled: true, label: {description}}, // ours: ECharts' own would replace the label
    grid: {left: 56, right: 24, top: 32, bottom: 56},
    tooltip: {...TOOLTIP, valueFormatter: quantity}, // stored values keep full precision; people read four digits
    legend: {top: 0},
    xAxis: range ? {type: 'time', min: range[0].getTime(), max: range[1].getTime()} : {type: 'time'},
    yAxis: {type: 'value', name: unit, nameGap: 12},
    dataZoom: [{type: 'inside'}, {type: 'slider', height: 18, bottom: 8}],
    series: series.map((s, i) => ({
      name: s.name,
      type: 'line',
      showSymbol: s.points.length < 60,
      data: s.points,
      lineStyle: {width: 1.5},
      color: ['#0b5cad', '#6b4f00', '#1e6b35'][i % 3],
      markLine: i === 0 ? markLine : undefined,
    })),
  }, true);
  container.dataset.drawnMarkers = markers.filter(m => drawn(chart, m.time)).length;
  return chart;
}

// A marker is drawn when its time falls on the plotted area (ECharts clips mark lines outside the axis).
function drawn(chart, time) {
  const x = chart.convertToPixel({xAxisIndex: 0}, new Date(time).getTime());
  return Number.isFinite(x) && chart.containPixel({gridIndex: 0}, [x, chart.getHeight() / 2]);
}

/** The container's chart, made once and resized with it; the description is its text alternative. */
function chartIn(container, description) {
  let chart = charts.get(container);
  if (!chart) {
    chart = echarts.init(container, null, {renderer: 'canvas'});
    charts.set(container, chart);
    new ResizeObserver(() => chart.resize()).observe(container);
  }
  container.setAttribute('role', 'img');
  container.setAttribute('aria-label', description);
  return chart;
}

/** Number of markers the chart holds (for tests and the text alternative). */
export function markerCount(container) {
  const chart = charts.get(container);
  const line = chart?.getOption().series?.[0]?.markLine;
  return line?.data?.length ?? 0;
}

/**
 * Stacked bars per day: series [{name, color, values: [count per day]}] over `days` (ISO dates).
 * Used by the overview's daily panels (EPA figure 5-1).
 */
export function dailyBars(container, {days, series, description}) {
  const chart = chartIn(container, description);
  chart.setOption({
    animation: false,
    aria: {enabled: true, label: {description}}, // ours: ECharts' own would replace the label
    grid: {left: 40, right: 12, top: 32, bottom: 28},
    tooltip: {...TOOLTIP, axisPointer: {type: 'shadow'}},
    legend: {top: 0, type: 'scroll'},
    xAxis: {type: 'category', data: days.map(d => d.slice(5))},
    yAxis: {type: 'value', minInterval: 1},
    series: series.map(s => ({name: s.name, type: 'bar', stack: 'day', color: s.color, data: s.values})),
  }, true);
  return chart;
}
