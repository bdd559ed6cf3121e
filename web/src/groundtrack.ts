// Approximate ground track from OMM mean elements, drawn as SVG (offline: graticule only, no map tiles).
// Propagation: two-body Kepler with J2 secular drift of RAAN and argument of perigee (Vallado, Fundamentals of
// Astrodynamics and Applications, 4th ed., eq. 9-41), Earth rotation by GMST (IAU 1982, Vallado eq. 3-47).
// Illustration only: it is not SGP4, so it drifts from the hub's screening positions by kilometres per day.
import { svg } from './dom';

const MU = 398600.4418; // km³/s², WGS-84
const RE = 6378.137; // km
const J2 = 1.08262668e-3;
const DEG = Math.PI / 180;

export interface MeanElements {
  epoch: Date;
  meanMotionRevPerDay: number;
  eccentricity: number;
  inclinationDeg: number;
  raanDeg: number;
  argPerigeeDeg: number;
  meanAnomalyDeg: number;
}

function gmst(date: Date): number {
  const jd = date.getTime() / 86400000 + 2440587.5;
  const t = (jd - 2451545.0) / 36525;
  const sec = 67310.54841 + (876600 * 3600 + 8640184.812866) * t + 0.093104 * t * t - 6.2e-6 * t * t * t;
  return ((((sec % 86400) + 86400) % 86400) / 240) * DEG;
}

/** Sub-satellite points (latitude, longitude in degrees) from `from` over `minutes`, every `stepMinutes`. */
export function groundTrack(el: MeanElements, from: Date, minutes: number, stepMinutes = 1): [number, number][] {
  const n = (el.meanMotionRevPerDay * 2 * Math.PI) / 86400; // rad/s
  const a = Math.cbrt(MU / (n * n));
  const e = el.eccentricity, i = el.inclinationDeg * DEG;
  const p = a * (1 - e * e);
  const k = 1.5 * J2 * (RE / p) ** 2 * n;
  const raanDot = -k * Math.cos(i);
  const argpDot = k * (2 - 2.5 * Math.sin(i) ** 2);
  const out: [number, number][] = [];
  for (let m = 0; m <= minutes; m += stepMinutes) {
    const t = new Date(from.getTime() + m * 60000);
    const dt = (t.getTime() - el.epoch.getTime()) / 1000;
    const M = el.meanAnomalyDeg * DEG + n * dt;
    let E = M;
    for (let it = 0; it < 20; it++) E -= (E - e * Math.sin(E) - M) / (1 - e * Math.cos(E));
    const nu = 2 * Math.atan2(Math.sqrt(1 + e) * Math.sin(E / 2), Math.sqrt(1 - e) * Math.cos(E / 2));
    const r = a * (1 - e * Math.cos(E));
    const raan = el.raanDeg * DEG + raanDot * dt, argp = el.argPerigeeDeg * DEG + argpDot * dt;
    const u = argp + nu;
    const x = r * (Math.cos(raan) * Math.cos(u) - Math.sin(raan) * Math.sin(u) * Math.cos(i));
    const y = r * (Math.sin(raan) * Math.cos(u) + Math.cos(raan) * Math.sin(u) * Math.cos(i));
    const z = r * Math.sin(u) * Math.sin(i);
    const lon = Math.atan2(y, x) - gmst(t);
    const lat = Math.atan2(z, Math.hypot(x, y));
    out.push([lat / DEG, ((((lon / DEG) + 540) % 360) - 180)]);
  }
  return out;
}

/** Equirectangular SVG of the track, split where it crosses the antimeridian. */
export function groundTrackSvg(points: [number, number][], caption: string): SVGElement {
  const W = 720, H = 360;
  const X = (lon: number) => ((lon + 180) / 360) * W, Y = (lat: number) => ((90 - lat) / 180) * H;
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', class: 'chart track', 'data-testid': 'ground-track', 'aria-label': caption });
  root.append(svg('rect', { x: 0, y: 0, width: W, height: H, fill: '#eef3f8', stroke: '#8a8f98' }));
  for (let lon = -150; lon <= 150; lon += 30) root.append(svg('line', { x1: X(lon), y1: 0, x2: X(lon), y2: H, stroke: '#c3c7ce' }));
  for (let lat = -60; lat <= 60; lat += 30) root.append(svg('line', { x1: 0, y1: Y(lat), x2: W, y2: Y(lat), stroke: lat === 0 ? '#8a8f98' : '#c3c7ce' }));
  let seg: string[] = [];
  const flush = () => { if (seg.length > 1) root.append(svg('polyline', { points: seg.join(' '), fill: 'none', stroke: '#0b4fa3', 'stroke-width': 2 })); seg = []; };
  points.forEach(([lat, lon], idx) => {
    if (idx > 0 && Math.abs(lon - points[idx - 1][1]) > 180) flush();
    seg.push(`${X(lon).toFixed(1)},${Y(lat).toFixed(1)}`);
  });
  flush();
  if (points.length) root.append(svg('circle', { cx: X(points[0][1]), cy: Y(points[0][0]), r: 5, fill: '#a4161a' }, svg('title', {}, 'now')));
  return root;
}
