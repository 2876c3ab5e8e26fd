// Live alerts on every screen: server-sent events from /api/v1/alerts/stream, a toast for each new
// alert with an acknowledge button, and an optional chime the user switches on (remembered per browser).
import {api} from './http.js';
import {el} from './elements.js';
import {formatTime, severityBadge, typeLabel} from './frame.js';

const SOUND_KEY = 'headwater.sound';
const listeners = new Set();
let source = null;

/** Calls `listener(kind, payload)` for 'raised', 'cleared' and 'acknowledged' events; returns an unsubscribe. */
export function onLive(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Opens the stream once per page; `canAcknowledge` decides whether toasts offer the button. */
export function startLive(canAcknowledge) {
  if (source) return;
  const region = el('div', {id: 'toasts', class: 'toasts', role: 'region', 'aria-label': 'New alerts', 'aria-live': 'assertive'});
  document.body.append(region);
  source = new EventSource('api/v1/alerts/stream', {withCredentials: true});
  source.addEventListener('alert', event => {
    const payload = JSON.parse(event.data);
    if (payload.alert) {
      emit('raised', payload.alert);
      region.prepend(toast(payload.alert, canAcknowledge));
      chime(payload.alert.severity);
    } else {
      emit('cleared', payload);
    }
  });
  source.addEventListener('acknowledged', event => {
    const payload = JSON.parse(event.data);
    emit('acknowledged', payload.alert);
    for (const item of region.querySelectorAll('.toast')) {
      if (item.dataset.alertId === payload.alert.id) item.remove();
    }
  });
  source.addEventListener('open', () => document.body.dataset.live = 'connected');
  source.addEventListener('error', () => document.body.dataset.live = 'reconnecting');
}

/** Acknowledges `alert` for the signed-in user; the server tells every screen. */
export function acknowledge(alert) {
  // The id reads source/TYPE/time; the type and time are its last two parts.
  const parts = alert.id.split('/');
  const time = parts.pop();
  const type = parts.pop();
  const source = parts.join('/');
  return api(`api/v1/alerts/${encodeURIComponent(source)}/${encodeURIComponent(type)}/${encodeURIComponent(time)}/acknowledge`,
    {method: 'POST'});
}

/** A header toggle for the chime; browsers only play sound after the user has pressed something. */
export function soundToggle() {
  const button = el('button', {type: 'button', class: 'sound-toggle', 'aria-pressed': String(soundOn())});
  const label = () => button.textContent = soundOn() ? 'Sound on' : 'Sound off';
  label();
  button.addEventListener('click', () => {
    localStorage.setItem(SOUND_KEY, soundOn() ? 'off' : 'on');
    button.setAttribute('aria-pressed', String(soundOn()));
    label();
    if (soundOn()) chime('LOW');
  });
  return button;
}

function emit(kind, payload) {
  for (const listener of listeners) listener(kind, payload);
}

function toast(alert, canAcknowledge) {
  const status = el('span', {class: 'toast-status', role: 'status'});
  const item = el('div', {class: `toast severity-${alert.severity.toLowerCase()}`, 'data-alert-id': alert.id},
    el('p', {}, severityBadge(alert.severity), ' ', el('strong', {}, typeLabel(alert.type)),
      ` at ${alert.sourceId}`, el('br'), el('small', {}, formatTime(alert.time))),
    el('div', {class: 'toast-actions'},
      canAcknowledge ? el('button', {type: 'button', class: 'primary', onclick: async () => {
        try {
          await acknowledge(alert);
          item.remove();
        } catch (error) {
          status.textContent = error.message;
        }
      }}, 'Acknowledge') : null,
      el('a', {href: `investigations.html?alert=${encodeURIComponent(alert.id)}`}, 'Investigate'),
      el('button', {type: 'button', class: 'link', 'aria-label': 'Dismiss', onclick: () => item.remove()}, 'Dismiss')),
    status);
  // Low-priority toasts leave by themselves; high and critical ones stay until someone acts.
  if (alert.severity === 'LOW' || alert.severity === 'MEDIUM') setTimeout(() => item.remove(), 30000);
  return item;
}

function soundOn() {
  return localStorage.getItem(SOUND_KEY) === 'on';
}

let audio = null;

function chime(severity) {
  if (!soundOn()) return;
  try {
    audio = audio || new AudioContext();
    const urgent = severity === 'CRITICAL' || severity === 'HIGH';
    const notes = urgent ? [880, 660, 880] : [660];
    notes.forEach((frequency, i) => {
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = frequency;
      gain.gain.value = 0.15;
      tone.connect(gain).connect(audio.destination);
      const start = audio.currentTime + i * 0.22;
      tone.start(start);
      tone.stop(start + 0.18);
    });
  } catch {
    // No audio device (a server room's kiosk): the toast is the cue.
  }
}
