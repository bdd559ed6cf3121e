// Hand-drawn SVG chart (no chart library, works offline): the Pc/miss trend. The encounter plane is in plane.ts.
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
