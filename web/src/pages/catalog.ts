// #/catalog and #/objects/{noradId}: the registry (GET /api/v1/objects) and the newest element set (GET /api/v1/catalog/gp).
import { api, type ObjectTrack, type SpaceObject } from '../api';
import { dl, field, fmtTime, h, loading, pageHeading, problemBox } from '../dom';
import { orbit3d, orbitCamera, orbitHint, type Orbit3d } from '../globe';
import { landRings } from '../land';
import { groundTrackMap } from '../map';

export function renderCatalog(main: HTMLElement): void {
  pageHeading(main, 'Catalog');
  const number = h('input', { type: 'text', name: 'noradId', inputmode: 'numeric', pattern: '[0-9]*', 'data-testid': 'search-number' });
  const name = h('input', { type: 'text', name: 'name', 'data-testid': 'search-name' });
  const owner = h('input', { type: 'text', name: 'owner', 'data-testid': 'search-owner', placeholder: 'e.g. BOREAL' });
  const regime = h('select', { name: 'regime', 'data-testid': 'search-regime' }, h('option', { value: '' }, 'Any'),
    ...['leo', 'meo', 'geo', 'heo'].map((r) => h('option', { value: r }, r.toUpperCase())));
  const button = h('button', { type: 'submit', 'data-testid': 'search' }, 'Search');
  const slot = h('div', { class: 'slot', 'aria-live': 'polite' });
  const form = h('form', { class: 'card filters', role: 'search', 'aria-label': 'Search objects' },
    field('Catalog number', number), field('Name contains', name), field('Owner agency', owner), field('Orbit regime', regime), button);
  main.append(form, slot);

  async function search(): Promise<void> {
    slot.replaceChildren(loading('Searching…'));
    try {
      let found: SpaceObject[];
      if (number.value.trim()) {
        found = [await api<SpaceObject>(`/api/v1/objects/${encodeURIComponent(number.value.trim())}`)];
      } else {
        const q = new URLSearchParams();
        if (name.value.trim()) q.set('name', name.value.trim());
        if (owner.value.trim()) q.set('owner', owner.value.trim().toUpperCase());
        if (regime.value) q.set('regime', regime.value);
        q.set('limit', '200');
        found = await api<SpaceObject[]>(`/api/v1/objects?${q}`);
      }
      const table = h('table', { class: 'data', 'data-testid': 'objects' },
        h('caption', {}, `${found.length} object(s)${found.length === 200 ? ' (first 200)' : ''}`),
        h('thead', {}, h('tr', {}, ...['Number', 'Name', 'Owner', 'Regime', 'Status', 'Marking'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, ...found.map((o) => h('tr', { 'data-testid': 'object-row', 'data-norad-id': o.noradId },
          h('td', {}, h('a', { href: `#/objects/${o.noradId}` }, o.noradId)), h('td', {}, o.name), h('td', {}, o.owner),
          h('td', {}, o.regime ?? '—'), h('td', {}, o.status), h('td', {}, o.marking)))));
      slot.replaceChildren(table);
    } catch (e) {
      slot.replaceChildren(problemBox(e));
    }
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void search();
  });
  void search();
}

type Omm = Record<string, string | number | null>;

export function renderObject(main: HTMLElement, noradId: string): () => void {
  pageHeading(main, `Object ${noradId}`);
  const body = h('div', {}, loading('Loading object…'));
  main.append(body);
  let orbit: Orbit3d | null = null;
  let disposed = false;
  void (async () => {
    try {
      const o = await api<SpaceObject>(`/api/v1/objects/${encodeURIComponent(noradId)}`);
      document.title = `${o.name} (${o.noradId}) · Concord console`;
      (main.querySelector('h1') as HTMLElement).textContent = `${o.name} (${o.noradId})`;
      const reg = h('section', { class: 'card', 'aria-labelledby': 'reg-h', 'data-testid': 'object-registration' }, h('h2', { id: 'reg-h' }, 'Registration (UN Registration Convention Art. IV)'),
        dl([
          ['Catalog number', o.noradId], ['Name', o.name], ['Owner', o.owner],
          ['Claim', o.claim === 'rejected' ? `rejected: ${o.claimReason ?? ''}` : o.claim], ['Providers', o.providers ? o.providers.join(', ') || '—' : null],
          ['Originator', o.originator],
          ['International designator', o.internationalDesignator], ['Launching state', o.launchingState], ['Launch date', o.launchDate],
          ['Launch site', o.launchSite], ['Nodal period', o.nodalPeriodMinutes === null ? null : `${o.nodalPeriodMinutes.toFixed(2)} min`],
          ['Inclination', o.inclinationDegrees === null ? null : `${o.inclinationDegrees.toFixed(2)}°`],
          ['Apogee', o.apogeeKilometers === null ? null : `${o.apogeeKilometers.toFixed(1)} km`], ['Perigee', o.perigeeKilometers === null ? null : `${o.perigeeKilometers.toFixed(1)} km`],
          ['General function', o.generalFunction], ['Status', o.status], ['Regime', o.regime], ['Marking', o.marking],
          ['Shared with', o.relTo ? o.relTo.join(', ') || '—' : null], ['Updated', fmtTime(o.updatedAt)],
        ]));
      const elements = h('section', { class: 'card', 'aria-labelledby': 'el-h', 'data-testid': 'object-elements' }, h('h2', { id: 'el-h' }, 'Latest elements'));
      body.replaceChildren(reg, elements);
      elements.append(loading('Loading elements…'));
      const trackSection = h('section', { class: 'card', 'aria-labelledby': 'gt-h', 'data-testid': 'object-track' }, h('h2', { id: 'gt-h' }, 'Ground track and orbit'),
        loading('Propagating the orbit…'));
      body.append(trackSection);
      void showTrack(trackSection, o.noradId, o.name).then((view) => {
        if (disposed) view?.dispose();
        else orbit = view;
      });
      try {
        const gp = await api<Omm[]>(`/api/v1/catalog/gp?ids=${encodeURIComponent(noradId)}&format=omm-json`);
        const omm = gp[0];
        if (!omm) {
          elements.replaceChildren(h('h2', { id: 'el-h' }, 'Latest elements'), h('p', {}, 'No element set visible to your agency.'));
        } else {
          const keys = ['EPOCH', 'MEAN_MOTION', 'ECCENTRICITY', 'INCLINATION', 'RA_OF_ASC_NODE', 'ARG_OF_PERICENTER', 'MEAN_ANOMALY', 'BSTAR', 'MEAN_MOTION_DOT', 'ORIGINATOR', 'REF_FRAME', 'TIME_SYSTEM'];
          const rows: [string, string][] = keys.filter((k) => omm[k] !== undefined).map((k) => [k, String(omm[k])]);
          elements.replaceChildren(h('h2', { id: 'el-h' }, 'Latest elements'), dl(rows),
            h('p', {}, 'Download: ', ...['omm-kvn', 'omm-xml', 'tle'].flatMap((f, i) => [i ? ' · ' : '',
              h('a', { href: `/api/v1/catalog/gp?ids=${encodeURIComponent(noradId)}&format=${f}`, download: `${noradId}.${f}` }, f.toUpperCase())])));
        }
      } catch (e) {
        elements.replaceChildren(h('h2', { id: 'el-h' }, 'Latest elements'), problemBox(e));
      }
      body.append(h('p', {}, h('a', { href: `#/board` }, 'Events on the board'), ' · ', h('a', { href: '#/catalog' }, 'Back to the catalog')));
    } catch (e) {
      body.replaceChildren(problemBox(e));
    }
  })();
  return () => {
    disposed = true;
    orbit?.dispose();
  };
}

/** The hub's SGP4 track (GET /api/v1/objects/{n}/track, defaults: from now, about three revolutions, 60 s steps) on the
 * map and in 3-D on the globe turned by the first point's GMST; the first point is "now". */
async function showTrack(section: HTMLElement, noradId: string, name: string): Promise<Orbit3d | null> {
  const heading = section.firstElementChild!;
  let track: ObjectTrack;
  try {
    track = await api<ObjectTrack>(`/api/v1/objects/${encodeURIComponent(noradId)}/track`);
  } catch (e) {
    section.replaceChildren(heading, problemBox(e));
    return null;
  }
  const points = track.points;
  const now = points[0];
  const minutes = Math.round((points.length - 1) * track.stepSeconds / 60);
  const source = track.source === 'element-set' ? `SGP4 from the element set of ${fmtTime(track.elementEpoch)}` : 'the operator\'s ephemeris';
  const land = await landRings().catch(() => []);
  const map = h('figure', {}, groundTrackMap(points, land, `Ground track of ${name} for ${minutes} minutes from ${fmtTime(now.time)}`),
    h('figcaption', {}, `Ground track for ${minutes} minutes from now (red dot: ${now.latitudeDeg.toFixed(1)}°, ${now.longitudeDeg.toFixed(1)}°, `
      + `${now.altitudeKm.toFixed(0)} km), ${source}; grid every 30°, Natural Earth land outlines.`));
  const maxRadius = Math.max(...points.map((p) => Math.hypot(...p.positionKm)));
  const orbit = orbit3d(`3-D view of the orbit of ${name} over the Earth for ${minutes} minutes from now`, {
    gmstRadians: now.gmstRadians,
    paths: [{ color: '#ffb000', points: points.map((p) => p.positionKm) }],
    markers: [{ color: '#ff5c5c', position: now.positionKm }],
    target: [0, 0, 0],
    camera: orbitCamera(now.positionKm, maxRadius),
  });
  const alt = h('p', { class: 'text-alternative', 'data-testid': 'orbit-3d-text' },
    `Orbit of ${name} (amber) for ${minutes} minutes from ${fmtTime(now.time)}, altitude ${Math.min(...points.map((p) => p.altitudeKm)).toFixed(0)}`
    + ` to ${Math.max(...points.map((p) => p.altitudeKm)).toFixed(0)} km; the red dot is its position now, above ${now.latitudeDeg.toFixed(1)}°, ${now.longitudeDeg.toFixed(1)}°.`);
  section.replaceChildren(heading, h('div', { class: 'geometry-views' }, map,
    h('figure', { class: 'orbit-figure' }, orbit.element, alt, orbitHint(), h('figcaption', {}, 'The orbit in TEME (km) over the Earth as it is now.'))));
  return orbit;
}
