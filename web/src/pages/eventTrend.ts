// The event page's "Geometry and trend" card: the geometry views (kept across reloads by the page), the Pc/miss trend
// over the CDM history and the CDM download links (full detail only).
import type { Conjunction } from '../api';
import { trendChart } from '../charts';
import { h } from '../dom';
import type { EventGeometryView } from './eventGeometry';

/** The geometry-and-trend section around an already built geometry view. */
export function eventGeometryAndTrend(c: Conjunction, geometryView: EventGeometryView): HTMLElement {
  const geometry = h('section', { 'aria-labelledby': 'geo-h', class: 'card' }, h('h2', { id: 'geo-h' }, 'Geometry and trend'));
  const updates = c.updates ?? [];
  geometry.append(geometryView.element, h('div', { class: 'charts' },
    h('figure', {}, trendChart(updates), h('figcaption', {}, `Miss distance and Pc over ${updates.length} screening(s).`))));
  const cdmBase = `/api/v1/conjunctions/${encodeURIComponent(c.id)}/cdm`;
  geometry.append(c.detail === 'full'
    ? h('p', { class: 'links' }, 'CDM of the latest update: ',
      h('a', { href: `${cdmBase}?format=kvn`, download: `cdm-${c.id}.kvn`, 'data-testid': 'cdm-kvn' }, 'KVN'), ' · ',
      h('a', { href: `${cdmBase}?format=xml`, download: `cdm-${c.id}.xml`, 'data-testid': 'cdm-xml' }, 'XML'))
    : h('p', { class: 'note' }, 'CDM download is not released to your agency for this event.'));
  return geometry;
}
