// Small DOM builders shared by every screen. Text from the server (names imported from EPANET, GeoJSON or CSV
// files, notes people typed) only ever becomes a text node: no string from data is parsed as HTML.

/**
 * el('a', {href: 'x', class: 'y'}, 'text', child) → element; attributes starting with "on" become listeners.
 * A `style` is set through the CSSOM: the Content-Security-Policy refuses inline style attributes.
 */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'style') {
      element.style.cssText = String(value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/**
 * `text` with HTML's special characters escaped, for the few library calls that take only an HTML string
 * (Leaflet's attribution prefix); everywhere else text goes in as text nodes.
 */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}

/** Replaces the children of `element`. */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** A link to the meter page; every meter id on these screens is one. */
export function meterLink(id) {
  return el('a', {href: `meter.html?id=${encodeURIComponent(id)}`}, id);
}

/** A table with a caption, column headers and rows of cells (strings or elements). */
export function table(caption, headers, rows, attributes = {}) {
  return el('table', attributes,
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, headers.map(h => el('th', {scope: 'col'}, h)))),
    el('tbody', {}, rows.map(cells => el('tr', {}, cells.map(c => el('td', {}, c))))));
}

/** Shows `message` in a status region (role=status or alert already set in the page). */
export function say(region, message, kind = 'info') {
  region.textContent = message;
  region.dataset.kind = kind;
}

/** Percent with one decimal, e.g. 0.9853 → "98.5 %". */
export function percent(fraction) {
  return `${(fraction * 100).toFixed(1)} %`;
}

/** A count and its noun as a reader says them: plural(1, 'alert') → "1 alert", plural(2, 'alarm code') → "2 alarm codes". */
export function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count.toLocaleString()} ${count === 1 ? singular : pluralForm}`;
}

/** A measured value for reading, not for computing: at most `digits` significant digits, e.g. 17.369133540429175 → "17.37". */
export function quantity(value, digits = 4) {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  if (!Number.isFinite(value) || value === 0) return String(value);
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(value))));
  return value.toLocaleString(undefined, {maximumFractionDigits: Math.min(decimals, 6)});
}
