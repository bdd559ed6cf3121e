// Hand-drawn SVG charts (no chart library, works offline): the Pc/miss trend and the encounter-plane picture.
import type { ConjunctionUpdate } from './api';
import { svg } from './dom';

const W = 640;

function text(x: number, y: number, content: string, attrs: Record<string, string | number> = {}): SVGElement {
  return svg('text', { x, y, 'font-size': 12, fill: 'currentColor', ...attrs }, content);
}

/** Two stacked panels over screening time: miss distance (m, linear) and Pc (log10). */
export function trendChart(updates: ConjunctionUpdate[]): SVGElement {
  const H = 300;
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'data-testid': 'trend-chart', class: 'chart', 'aria-labelledby': 'trend-title trend-desc' });
  const points = [...updates].sort((a, b) => a.screenedAt.localeCompare(b.screenedAt));
  root.append(svg('title', { id: 'trend-title' }, 'Miss distance and Pc over the event\'s screenings'));
  const desc = points.map((u) => `${u.screenedAt}: miss ${Math.round(u.missDistanceMeters)} m, Pc ${u.pc === null ? 'n/a' : u.pc.toExponential(2)}`).join('; ');
  root.append(svg('desc', { id: 'trend-desc' }, desc || 'No screenings yet.'));
  if (points.length === 0) {
    root.append(text(20, 40, 'No screening history.'));
    return root;
  }
  const left = 70, right = W - 20;
  const times = points.map((u) => new Date(u.screenedAt).getTime());
  const t0 = Math.min(...times), t1 = Math.max(...times);
  const xOf = (t: number) => (t1 === t0 ? (left + right) / 2 : left + ((t - t0) / (t1 - t0)) * (right - left));

  const panel = (top: number, height: number, values: (number | null)[], label: string, fmt: (v: number) => string, log: boolean, cls: string) => {
    const vs = values.filter((v): v is number => v !== null && (!log || v > 0)).map((v) => (log ? Math.log10(v) : v));
    root.append(svg('rect', { x: left, y: top, width: right - left, height, fill: 'none', stroke: '#8a8f98' }));
    root.append(text(left, top - 5, label, { 'font-weight': 'bold' }));
    if (vs.length === 0) {
      root.append(text(left + 10, top + height / 2, 'not available'));
      return;
    }
    let lo = Math.min(...vs), hi = Math.max(...vs);
    if (hi - lo < 1e-9) { lo -= log ? 1 : Math.max(1, Math.abs(lo) * 0.1); hi += log ? 1 : Math.max(1, Math.abs(hi) * 0.1); }
    if (!log) lo = Math.min(lo, 0);
    const yOf = (v: number) => top + height - ((v - lo) / (hi - lo)) * height;
    root.append(text(left - 4, top + 10, fmt(log ? 10 ** hi : hi), { 'text-anchor': 'end' }));
    root.append(text(left - 4, top + height, fmt(log ? 10 ** lo : lo), { 'text-anchor': 'end' }));
    const pts: string[] = [];
    points.forEach((u, i) => {
      const raw = values[i];
      if (raw === null || (log && raw <= 0)) return;
      const v = log ? Math.log10(raw) : raw;
      const x = xOf(times[i]), y = yOf(v);
      pts.push(`${x.toFixed(1)},${y.toFixed(1)}`);
      root.append(svg('circle', { cx: x, cy: y, r: 3.5, class: cls }, svg('title', {}, `${u.screenedAt}: ${fmt(raw)}`)));
    });
    root.append(svg('polyline', { points: pts.join(' '), fill: 'none', class: cls, 'stroke-width': 2 }));
  };
  panel(22, 100, points.map((u) => u.missDistanceMeters), 'Miss distance (m)', (v) => `${Math.round(v)}`, false, 'series-miss');
  panel(160, 100, points.map((u) => u.pc), 'Pc (log scale)', (v) => v.toExponential(0), true, 'series-pc');
  root.append(text(left, H - 10, new Date(t0).toISOString().slice(0, 16).replace('T', ' ')));
  root.append(text(right, H - 10, new Date(t1).toISOString().slice(0, 16).replace('T', ' '), { 'text-anchor': 'end' }));
  return root;
}

/** What a CDM (CCSDS 508.0-B-1 KVN) says about the encounter: relative state in object 1's RTN and both RTN covariances. */
export interface CdmGeometry {
  r: [number, number, number];
  v: [number, number, number];
  cov: [number, number, number, number, number, number][]; // per object: CR_R, CT_R, CT_T, CN_R, CN_T, CN_N (m²)
  hbr: number[];
}

export function parseCdmKvn(kvn: string): CdmGeometry | null {
  const values = new Map<string, number>();
  const objects: Map<string, number>[] = [];
  let target = values;
  for (const line of kvn.split(/\r?\n/)) {
    const m = /^\s*([A-Z0-9_]+)\s*=\s*(\S+)/.exec(line);
    if (!m) continue;
    if (m[1] === 'OBJECT') {
      target = new Map();
      objects.push(target);
      continue;
    }
    const n = Number(m[2]);
    if (!Number.isNaN(n)) target.set(m[1], n);
  }
  const g = (k: string) => values.get(k);
  const r = ['RELATIVE_POSITION_R', 'RELATIVE_POSITION_T', 'RELATIVE_POSITION_N'].map(g);
  const v = ['RELATIVE_VELOCITY_R', 'RELATIVE_VELOCITY_T', 'RELATIVE_VELOCITY_N'].map(g);
  if (r.some((x) => x === undefined) || v.some((x) => x === undefined)) return null;
  const keys = ['CR_R', 'CT_R', 'CT_T', 'CN_R', 'CN_T', 'CN_N'];
  const cov = objects.filter((o) => keys.every((k) => o.has(k))).map((o) => keys.map((k) => o.get(k)!) as CdmGeometry['cov'][number]);
  const hbr = objects.map((o) => o.get('HBR')).filter((x): x is number => x !== undefined);
  return { r: r as CdmGeometry['r'], v: v as CdmGeometry['v'], cov, hbr };
}

type V3 = [number, number, number];
const dot = (a: V3, b: V3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const scale = (a: V3, s: number): V3 => [a[0] * s, a[1] * s, a[2] * s];
const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const cross = (a: V3, b: V3): V3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const norm = (a: V3) => Math.sqrt(dot(a, a));

/**
 * Encounter (B-)plane picture: the plane through object 1 normal to the relative velocity (Foster & Estes 1992; Alfano 2005):
 * x̂ along the miss vector, ẑ = v̂ × x̂. The combined covariance C1 + C2 is projected onto it (1-σ and 3-σ ellipses).
 * Approximation: object 2's RTN covariance is summed in object 1's RTN frame as given by the CDM (no frame rotation).
 */
export function encounterPlane(missMeters: number, defaultHbr: number, geometry: CdmGeometry | null): SVGElement {
  const S = 360;
  const root = svg('svg', { viewBox: `0 0 ${S} ${S}`, role: 'img', 'data-testid': 'encounter-plane', class: 'chart plane', 'aria-labelledby': 'plane-title plane-desc' });
  let miss = missMeters;
  let ellipse: { a: number; b: number; angle: number } | null = null;
  const hbr = geometry && geometry.hbr.length > 0 ? geometry.hbr.reduce((x, y) => x + y, 0) : defaultHbr;
  if (geometry) {
    const vhat = scale(geometry.v, 1 / norm(geometry.v));
    const rperp = sub(geometry.r, scale(vhat, dot(geometry.r, vhat)));
    miss = norm(rperp);
    const xhat = miss > 0 ? scale(rperp, 1 / miss) : ([1, 0, 0] as V3);
    const zhat = cross(vhat, xhat);
    if (geometry.cov.length > 0) {
      const c = [0, 0, 0, 0, 0, 0];
      for (const k of geometry.cov) for (let i = 0; i < 6; i++) c[i] += k[i];
      const m: number[][] = [[c[0], c[1], c[3]], [c[1], c[2], c[4]], [c[3], c[4], c[5]]];
      const q = (a: V3, b: V3) => a.reduce((s, ai, i) => s + ai * b.reduce((t, bj, j) => t + m[i][j] * bj, 0), 0);
      const sxx = q(xhat, xhat), szz = q(zhat, zhat), sxz = q(xhat, zhat);
      const mean = (sxx + szz) / 2, d = Math.sqrt(((sxx - szz) / 2) ** 2 + sxz ** 2);
      const l1 = mean + d, l2 = Math.max(mean - d, 0);
      if (l1 > 0) ellipse = { a: Math.sqrt(l1), b: Math.sqrt(l2), angle: 0.5 * Math.atan2(2 * sxz, sxx - szz) };
    }
  }
  const extent = Math.max(miss, hbr, ellipse ? Math.min(3 * ellipse.a, Math.max(miss, hbr) * 20) : 0, 1) * 1.25;
  const px = (S / 2 - 20) / extent;
  const cx = S / 2, cy = S / 2;
  root.append(svg('title', { id: 'plane-title' }, 'Encounter plane at TCA'));
  root.append(svg('desc', { id: 'plane-desc' },
    `Miss ${Math.round(miss)} m; combined hard-body radius ${hbr} m; ${ellipse ? `1-sigma ellipse ${Math.round(ellipse.a)} m by ${Math.round(ellipse.b)} m` : 'no covariance available'}.`));
  root.append(svg('rect', { x: 0.5, y: 0.5, width: S - 1, height: S - 1, fill: 'none', stroke: '#8a8f98' }));
  root.append(svg('line', { x1: 10, y1: cy, x2: S - 10, y2: cy, stroke: '#c3c7ce' }), svg('line', { x1: cx, y1: 10, x2: cx, y2: S - 10, stroke: '#c3c7ce' }));
  if (ellipse) {
    const deg = (-ellipse.angle * 180) / Math.PI;
    for (const [k, dash] of [[3, '4 3'], [1, '']] as const) {
      root.append(svg('ellipse', { cx, cy, rx: Math.max(ellipse.a * k * px, 0.5), ry: Math.max(ellipse.b * k * px, 0.5), transform: `rotate(${deg} ${cx} ${cy})`,
        class: 'cov', fill: 'none', 'stroke-dasharray': dash }));
    }
  }
  const mx = cx + miss * px;
  root.append(svg('circle', { cx: mx, cy, r: Math.max(hbr * px, 2), class: 'hbr' }));
  root.append(svg('line', { x1: cx, y1: cy, x2: mx, y2: cy, class: 'miss', 'stroke-width': 2 }));
  root.append(svg('circle', { cx, cy, r: 3, fill: 'currentColor' }));
  root.append(text(12, 20, `miss ${Math.round(miss)} m`), text(12, 36, `hard body ${hbr} m`));
  root.append(text(12, S - 12, ellipse ? `1σ/3σ: ${Math.round(ellipse.a)} × ${Math.round(ellipse.b)} m` : 'covariance not available'));
  root.append(text(S - 12, 20, `scale: ${Math.round(extent)} m`, { 'text-anchor': 'end' }));
  return root;
}
