// The encounter (conjunction) plane at TCA as the hub computes it (GET /api/v1/conjunctions/{id}/geometry): the plane
// normal to the relative velocity, x along the miss vector, y = z × x (Foster & Estes 1992; Chan 2008). The combined
// 2×2 covariance is drawn as its 1σ and 3σ ellipses, centred on the primary; the hard-body circle sits at the secondary.
import type { EncounterPlane } from './api';
import { fmtMeters, fmtPc, h, svg } from './dom';

/** Semi-axes (m) and the angle of the major axis from x (rad) of the 1σ ellipse of a symmetric 2×2 covariance. */
export interface SigmaEllipse {
  major: number;
  minor: number;
  angle: number;
}

/**
 * Eigen-decomposition of the symmetric matrix [[cxx, cxy], [cxy, cyy]] in closed form: λ = (cxx + cyy)/2 ± √(((cxx − cyy)/2)² + cxy²),
 * major-axis angle θ = ½·atan2(2·cxy, cxx − cyy) (e.g. Strang, Introduction to Linear Algebra, §6.4; the principal axes of
 * a 2-D Gaussian). The 1σ semi-axes are √λ. Null when the matrix is not positive semi-definite (largest λ ≤ 0).
 */
export function sigmaEllipse([cxx, cxy, cyy]: [number, number, number]): SigmaEllipse | null {
  const mean = (cxx + cyy) / 2;
  const d = Math.hypot((cxx - cyy) / 2, cxy);
  const l1 = mean + d;
  const l2 = Math.max(mean - d, 0); // rounding can make a singular matrix's small eigenvalue slightly negative
  if (!(l1 > 0)) return null;
  return { major: Math.sqrt(l1), minor: Math.sqrt(l2), angle: 0.5 * Math.atan2(2 * cxy, cxx - cyy) };
}

const S = 360;

function text(x: number, y: number, content: string, attrs: Record<string, string | number> = {}): SVGElement {
  return svg('text', { x, y, 'font-size': 12, fill: 'currentColor', ...attrs }, content);
}

/** The picture and its text summary. `plane` null: only the miss distance is known (geometry withheld or failed). */
export function encounterPlaneFigure(plane: EncounterPlane | null, missMeters: number): HTMLElement {
  const mx = plane ? plane.missXMeters : missMeters;
  const my = plane ? plane.missYMeters : 0;
  const miss = Math.hypot(mx, my);
  const hbr = plane?.hardBodyRadiusMeters ?? null;
  const cov = plane?.covarianceSource !== 'none' && plane?.covarianceSquareMeters ? plane.covarianceSquareMeters : null;
  const ellipse = cov ? sigmaEllipse(cov) : null;

  const summary = plane === null
    ? `Miss ${fmtMeters(miss)}. The encounter-plane geometry (covariance, hard-body radius) is not available to you.`
    : [`Miss ${fmtMeters(miss)} (x ${fmtMeters(mx)}, y ${fmtMeters(my)})`,
      ellipse
        ? `1σ ellipse semi-axes ${fmtMeters(ellipse.major)} × ${fmtMeters(ellipse.minor)} (3σ ${fmtMeters(3 * ellipse.major)} × ${fmtMeters(3 * ellipse.minor)}), major axis at ${((ellipse.angle * 180) / Math.PI).toFixed(0)}° from x`
        : 'no covariance: no ellipse drawn',
      `hard-body radius ${fmtMeters(hbr)}`,
      `Pc ${fmtPc(plane.collisionProbability)}`,
      `covariance source: ${plane.covarianceSource}`].join('; ') + '.';

  // Scale: the miss, the hard body and the 3σ ellipse (capped so that a huge ellipse does not shrink the miss to a dot).
  const base = Math.max(miss, hbr ?? 0, 1);
  const extent = Math.max(base, ellipse ? Math.min(3 * ellipse.major, base * 20) : 0) * 1.25;
  const px = (S / 2 - 24) / extent;
  const cx = S / 2, cy = S / 2;
  const root = svg('svg', { viewBox: `0 0 ${S} ${S}`, role: 'img', 'data-testid': 'encounter-plane', class: 'chart plane', 'aria-labelledby': 'plane-title plane-desc' });
  root.append(svg('title', { id: 'plane-title' }, 'Encounter plane at TCA'), svg('desc', { id: 'plane-desc' }, summary));
  root.append(svg('rect', { x: 0.5, y: 0.5, width: S - 1, height: S - 1, fill: 'none', stroke: '#8a8f98' }));
  root.append(svg('line', { x1: 10, y1: cy, x2: S - 10, y2: cy, stroke: '#c3c7ce' }), svg('line', { x1: cx, y1: 10, x2: cx, y2: S - 10, stroke: '#c3c7ce' }));
  root.append(text(S - 12, cy - 6, 'x (miss)', { 'text-anchor': 'end' }), text(cx + 6, 22, 'y'));
  if (ellipse) {
    // SVG y points down: the plane's y is drawn upwards, so angles turn clockwise on screen.
    const deg = (-ellipse.angle * 180) / Math.PI;
    for (const [k, dash] of [[3, '4 3'], [1, '']] as const) {
      root.append(svg('ellipse', { cx, cy, rx: Math.max(ellipse.major * k * px, 0.5), ry: Math.max(ellipse.minor * k * px, 0.5),
        transform: `rotate(${deg.toFixed(2)} ${cx} ${cy})`, class: `cov cov-${k}sigma`, fill: 'none', 'stroke-dasharray': dash },
      svg('title', {}, `${k}σ combined covariance`)));
    }
  }
  const sx = cx + mx * px, sy = cy - my * px;
  if (hbr !== null) root.append(svg('circle', { cx: sx, cy: sy, r: Math.max(hbr * px, 2), class: 'hbr' }, svg('title', {}, `hard-body radius ${fmtMeters(hbr)}`)));
  root.append(svg('line', { x1: cx, y1: cy, x2: sx, y2: sy, class: 'miss', 'stroke-width': 2 }, svg('title', {}, `miss vector ${fmtMeters(miss)}`)));
  root.append(svg('circle', { cx, cy, r: 3, fill: 'currentColor' }, svg('title', {}, 'primary')));
  root.append(text(12, 20, `miss ${fmtMeters(miss)}`), text(12, 36, hbr === null ? 'hard body: n/a' : `hard body ${fmtMeters(hbr)}`));
  root.append(text(12, S - 12, ellipse ? `1σ ${fmtMeters(ellipse.major)} × ${fmtMeters(ellipse.minor)}` : 'no covariance ellipse'));
  root.append(text(S - 12, S - 12, `half-width ${fmtMeters(extent)}`, { 'text-anchor': 'end' }));
  return h('figure', { class: 'plane-figure' }, root,
    h('figcaption', {}, h('span', { 'data-testid': 'encounter-summary' }, summary),
      ' Plane normal to the relative velocity at TCA: primary at the centre, solid/dashed ellipses 1σ/3σ of the combined covariance, circle the hard body around the secondary.'));
}
