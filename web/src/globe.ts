// The 3-D view's container: a focusable, labelled element that shows progress while three.js and the coastlines load
// (dynamic import(): a separate chunk, so pages without a 3-D view never download three.js), a readable message where
// WebGL is unavailable, and the view itself (orbit3d.ts).
import { h, loading } from './dom';
import { landRings } from './land';
import type { OrbitSceneSpec, OrbitView, Vec3 } from './orbit3d';

export type { OrbitSceneSpec, Vec3 } from './orbit3d';

export interface Orbit3d {
  /** The `[data-testid=orbit-3d]` container (append it to the page at once: it is sized by CSS). */
  element: HTMLElement;
  /** Resolves when the view rendered its first frame, or with false when it could not (no WebGL, load failure). */
  ready: Promise<boolean>;
  dispose(): void;
}

const KEYS = 'Drag to rotate, wheel to zoom. Keyboard: arrow keys pan, Shift + arrow keys rotate, + and − zoom, 0 resets the view.';

/** A 3-D view of `spec`; `label` describes it for assistive technology (the container's aria-label). */
export function orbit3d(label: string, spec: OrbitSceneSpec): Orbit3d {
  const element = h('div', { class: 'orbit-3d', 'data-testid': 'orbit-3d', tabindex: 0, role: 'application', 'aria-label': `${label}. ${KEYS}` },
    loading('Loading the 3-D view…'));
  let view: OrbitView | null = null;
  let disposed = false;
  const fail = (message: string) => {
    element.removeAttribute('tabindex');
    element.removeAttribute('role');
    element.removeAttribute('aria-label');
    element.replaceChildren(h('p', { class: 'note', 'data-testid': 'orbit-3d-unavailable' }, message));
    return false;
  };
  const ready = Promise.all([import('./orbit3d'), landRings()]).then(([m, land]) => {
    if (disposed) return false;
    if (!m.webGlAvailable()) return fail('The 3-D view needs WebGL 2, which this browser does not offer (it may be turned off). The ground track and encounter-plane pictures show the same geometry in 2-D.');
    element.replaceChildren();
    try {
      view = m.mountOrbitView(element, spec, land);
      return true;
    } catch (e) {
      return fail(`The 3-D view could not start: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, (e: unknown) => fail(`The 3-D view could not be loaded: ${e instanceof Error ? e.message : String(e)}`));
  return {
    element,
    ready,
    dispose() {
      disposed = true;
      view?.dispose();
      view = null;
    },
  };
}

/** The keyboard hint shown under a 3-D view. */
export function orbitHint(): HTMLElement {
  return h('p', { class: 'hint' }, KEYS);
}

const norm = (v: Vec3) => Math.hypot(v[0], v[1], v[2]);
const unit = (v: Vec3): Vec3 => { const n = norm(v) || 1; return [v[0] / n, v[1] / n, v[2] / n]; };

/** The camera for an encounter: outside the orbit above the TCA point, a little behind the primary's motion, close
 * enough (about 3,400 km) that the crossing of the two arcs fills a good part of the view. */
export function encounterCamera(position: Vec3, velocity: Vec3): Vec3 {
  const r = unit(position), v = unit(velocity);
  return [0, 1, 2].map((i) => position[i] + 3000 * r[i] - 1600 * v[i]) as Vec3;
}

/** The camera for a whole orbit: from outside the orbit over `now`, tilted north, far enough to see all of it. */
export function orbitCamera(now: Vec3, maxRadiusKm: number): Vec3 {
  const d = unit([now[0], now[1], now[2] + 0.6 * norm(now)]);
  const distance = Math.max(3.5 * maxRadiusKm, 25000);
  return [d[0] * distance, d[1] * distance, d[2] * distance];
}
