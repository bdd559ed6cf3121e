// The event page's geometry: the 3-D view of both orbits around TCA and the encounter-plane picture, both from
// GET /api/v1/conjunctions/{id}/geometry (full viewers only: a basic warning gets 403 conjunction.detail-withheld).
import { api, type Conjunction, type ConjunctionGeometry, type GeometryObject } from '../api';
import { fmtTime, h, loading, problemBox } from '../dom';
import { encounterCamera, orbit3d, orbitHint, type Orbit3d } from '../globe';
import { encounterPlaneFigure } from '../plane';

/** Arc colours: amber and sky blue, told apart with the common colour-vision deficiencies, bright on the dark globe. */
const COLORS = ['#ffb000', '#33d1ff'] as const;
const ROLES = ['primary', 'secondary'] as const;

export interface EventGeometryView {
  element: HTMLElement;
  /** What the view shows (the event's latest update and detail): a reload with the same key can keep this view. */
  key: string;
  dispose(): void;
}

/** The key of the geometry an event's page shows: a new update (new CDM) or another detail level means new geometry. */
export function geometryKey(c: Conjunction): string {
  const updates = c.updates ?? [];
  return `${c.id}/${c.detail}/${updates.length ? updates[updates.length - 1].id : 'none'}`;
}

const objectName = (o: GeometryObject) => (o.name ? `${o.name} (${o.catalogNumber})` : String(o.catalogNumber));

export function eventGeometry(c: Conjunction): EventGeometryView {
  const view3d = h('figure', { class: 'orbit-figure' }, loading('Loading the encounter geometry…'));
  const plane = h('div', { class: 'slot' });
  const element = h('div', { class: 'geometry-views' }, view3d, plane);
  let orbit: Orbit3d | null = null;
  let disposed = false;

  void api<ConjunctionGeometry>(`/api/v1/conjunctions/${encodeURIComponent(c.id)}/geometry`).then((g) => {
    if (disposed) return;
    plane.replaceChildren(encounterPlaneFigure(g.encounterPlane, c.missDistanceMeters));
    const [p, s] = g.objects;
    if (!p || !s) {
      view3d.replaceChildren(h('p', { class: 'note' }, 'The hub sent no object states for this event.'));
      return;
    }
    const label = `3-D view of the encounter at TCA ${fmtTime(g.tca)}: ${objectName(p)} (amber) and ${objectName(s)} (blue) over the Earth`;
    orbit = orbit3d(label, {
      gmstRadians: g.gmstRadians,
      paths: g.objects.map((o, i) => ({ color: COLORS[i % 2], points: o.arc.map((a) => a.positionKm) })),
      // The primary's dot is larger, so that both show where the two coincide at this scale.
      markers: g.objects.map((o, i) => ({ color: COLORS[i % 2], position: o.positionKm, sizePx: i === 0 ? 13 : 7 })),
      target: p.positionKm,
      camera: encounterCamera(p.positionKm, p.velocityKmPerSecond),
    });
    const span = p.arc.length ? `${Math.round(p.arc[0].secondsFromTca / 60)} to +${Math.round(p.arc[p.arc.length - 1].secondsFromTca / 60)} min` : 'TCA';
    const legend = h('ul', { class: 'legend', 'data-testid': 'orbit-legend' }, ...g.objects.slice(0, 2).map((o, i) =>
      h('li', {}, h('span', { class: `swatch swatch-${ROLES[i]}`, 'aria-hidden': 'true' }), `${ROLES[i]}: ${objectName(o)}`)));
    const alt = h('p', { class: 'text-alternative', 'data-testid': 'orbit-3d-text' },
      `At TCA (${fmtTime(g.tca)}) the encounter is ${p.altitudeKm.toFixed(1)} km above the WGS-84 ellipsoid. `
      + `Primary ${objectName(p)} (amber arc) and secondary ${objectName(s)} (blue arc), each drawn from TCA ${span}; dots mark both at TCA.`);
    view3d.replaceChildren(orbit.element, legend, alt, orbitHint(), h('figcaption', {}, 'Both orbits around TCA (TEME, km) over the Earth as it is at TCA.'));
  }, (e: unknown) => {
    if (disposed) return;
    view3d.replaceChildren(problemBox(e));
    plane.replaceChildren(encounterPlaneFigure(null, c.missDistanceMeters));
  });

  return {
    element,
    key: geometryKey(c),
    dispose() {
      disposed = true;
      orbit?.dispose();
    },
  };
}
