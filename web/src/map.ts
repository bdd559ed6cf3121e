// Ground track on an equirectangular (plate carrée) SVG map with the Natural Earth land outlines: the hub's SGP4 track
// (sub-satellite points, WGS-84 geodetic latitude and longitude from GET /api/v1/objects/{noradId}/track).
import type { TrackPoint } from './api';
import { svg } from './dom';
import type { Ring } from './land';

const W = 720;
const H = 360;
const X = (lon: number) => ((lon + 180) / 360) * W;
const Y = (lat: number) => ((90 - lat) / 180) * H;
const pt = (lon: number, lat: number) => `${X(lon).toFixed(1)},${Y(lat).toFixed(1)}`;

/** The track as runs of [lon, lat] that never jump across the antimeridian: where consecutive longitudes differ by more
 * than 180°, the track leaves one edge and re-enters at the other, at the latitude interpolated linearly at ±180°. */
export function splitAtAntimeridian(points: { latitudeDeg: number; longitudeDeg: number }[]): [number, number][][] {
  const runs: [number, number][][] = [];
  let run: [number, number][] = [];
  points.forEach((p, i) => {
    if (i > 0) {
      const q = points[i - 1];
      const d = p.longitudeDeg - q.longitudeDeg;
      if (Math.abs(d) > 180) {
        const edge = d < 0 ? 180 : -180; // eastward across +180 (longitude drops) or westward across -180
        const unwrapped = p.longitudeDeg + (d < 0 ? 360 : -360);
        const f = (edge - q.longitudeDeg) / (unwrapped - q.longitudeDeg);
        const lat = q.latitudeDeg + f * (p.latitudeDeg - q.latitudeDeg);
        run.push([edge, lat]);
        runs.push(run);
        run = [[-edge, lat]];
      }
    }
    run.push([p.longitudeDeg, p.latitudeDeg]);
  });
  if (run.length > 0) runs.push(run);
  return runs.filter((r) => r.length > 1);
}

/** The map: land, a 30° graticule, the track (split at the antimeridian) and the first point ("now") marked. */
export function groundTrackMap(points: TrackPoint[], land: Ring[], caption: string): SVGElement {
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', class: 'chart track', 'data-testid': 'ground-track', 'aria-label': caption });
  root.append(svg('rect', { x: 0, y: 0, width: W, height: H, class: 'sea' }));
  // Natural Earth's land polygons are cut at the antimeridian, so each ring maps to one closed path.
  const d = land.map((ring) => `M${ring.map(([lon, lat]) => pt(lon, lat)).join('L')}Z`).join('');
  if (d) root.append(svg('path', { d, class: 'land', 'fill-rule': 'evenodd' }));
  for (let lon = -150; lon <= 150; lon += 30) root.append(svg('line', { x1: X(lon), y1: 0, x2: X(lon), y2: H, class: 'grid' }));
  for (let lat = -60; lat <= 60; lat += 30) root.append(svg('line', { x1: 0, y1: Y(lat), x2: W, y2: Y(lat), class: lat === 0 ? 'grid equator' : 'grid' }));
  for (const run of splitAtAntimeridian(points)) {
    root.append(svg('path', { d: `M${run.map(([lon, lat]) => pt(lon, lat)).join('L')}`, class: 'track-line', fill: 'none' }));
  }
  const now = points[0];
  if (now) {
    root.append(svg('circle', { cx: X(now.longitudeDeg), cy: Y(now.latitudeDeg), r: 5, class: 'now', 'data-testid': 'ground-track-now' },
      svg('title', {}, `Now: ${now.latitudeDeg.toFixed(1)}°, ${now.longitudeDeg.toFixed(1)}°, ${now.altitudeKm.toFixed(0)} km`)));
  }
  root.append(svg('rect', { x: 0.5, y: 0.5, width: W - 1, height: H - 1, fill: 'none', class: 'frame' }));
  return root;
}
