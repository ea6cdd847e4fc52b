/**
 * On a touch screen the map fills most of a phone's screen: if one finger
 * moved the map, the page could not be scrolled past it. So, as on most
 * embedded maps, one finger scrolls the page and two fingers move and
 * zoom the map (Leaflet's pinch handler pans with the fingers' midpoint),
 * and a one-finger swipe over the map shows a short hint saying so. A
 * mouse still drags the map: dragging is switched on by a mouse press and
 * off by a touch, before Leaflet's own handlers see either.
 */
import type * as L from 'leaflet';

/** How long the hint stays after the last one-finger move, in milliseconds. */
const HINT_MS = 1500;
/** Pixels a finger moves before it counts as a swipe (a tap on a marker shows no hint). */
const SWIPE_PX = 8;

export function twoFingerGestures(map: L.Map, frame: HTMLElement, hintText: string): void {
  const container = map.getContainer();
  const touchScreen = navigator.maxTouchPoints > 0 || 'ontouchstart' in window;
  // Off before any touch: the container's touch-action (from Leaflet's classes) is read when a touch begins.
  if (touchScreen) map.dragging.disable();

  const hint = document.createElement('p');
  hint.className = 'map-touch-hint';
  hint.textContent = hintText;
  hint.hidden = true;
  container.append(hint);
  let hideLater: ReturnType<typeof setTimeout> | undefined;
  const hideHint = () => {
    hint.hidden = true;
    clearTimeout(hideLater);
  };
  const showHint = () => {
    hint.hidden = false;
    clearTimeout(hideLater);
    hideLater = setTimeout(hideHint, HINT_MS);
  };

  // Capture on the frame around the map: these run before the handlers Leaflet put on the container.
  frame.addEventListener('mousedown', () => map.dragging.enable(), { capture: true });
  let start: { x: number; y: number } | undefined;
  frame.addEventListener(
    'touchstart',
    (event) => {
      map.dragging.disable();
      const [touch] = event.touches;
      start = event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY } : undefined;
      if (event.touches.length > 1) hideHint();
    },
    { capture: true, passive: true },
  );
  frame.addEventListener(
    'touchmove',
    (event) => {
      const [touch] = event.touches;
      if (event.touches.length !== 1 || !start || !touch) return;
      if (Math.hypot(touch.clientX - start.x, touch.clientY - start.y) >= SWIPE_PX) showHint();
    },
    { capture: true, passive: true },
  );
}
