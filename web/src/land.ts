// Natural Earth 1:110m land outlines (public domain, https://www.naturalearthdata.com/) from npm world-atlas 2.0.2,
// decoded from TopoJSON with topojson-client. Loaded lazily (a separate chunk that ships with the build: no tiles, no CDN).
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A closed outline as [longitude, latitude] pairs in degrees (Earth-fixed). */
export type Ring = [number, number][];

let rings: Promise<Ring[]> | null = null;

/** The land polygons' outer and inner rings (cached after the first call). */
export function landRings(): Promise<Ring[]> {
  rings ??= Promise.all([import('topojson-client'), import('world-atlas/land-110m.json')]).then(([topojson, data]) => {
    const topology = data.default as unknown as Topology<{ land: GeometryCollection }>;
    const land = topojson.feature(topology, topology.objects.land);
    const out: Ring[] = [];
    for (const f of land.features) {
      const g = f.geometry;
      if (g.type === 'Polygon') out.push(...(g.coordinates as Ring[]));
      else if (g.type === 'MultiPolygon') for (const polygon of g.coordinates) out.push(...(polygon as Ring[]));
    }
    return out;
  });
  return rings;
}
