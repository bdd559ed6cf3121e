// 3-D orbit views with three.js. Only globe.ts imports this module, by dynamic import(), so three.js is its own chunk.
// Units km, frame TEME with z up (north). The Earth is a sphere of the WGS-84 equatorial radius with Natural Earth
// coastlines and a 30° graticule, rotated from Earth-fixed into TEME by GMST.
import {
  BufferGeometry, Color, Float32BufferAttribute, Group, Line, LineBasicMaterial, LineSegments, Mesh, MeshBasicMaterial,
  PerspectiveCamera, Points, PointsMaterial, Scene, SphereGeometry, Vector3, WebGLRenderer,
} from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import type { Ring } from './land';

export const EARTH_RADIUS_KM = 6378.137; // WGS-84 equatorial radius

export type Vec3 = [number, number, number];

/** What one view shows: paths (TEME, km), markers, and where the camera starts. */
export interface OrbitSceneSpec {
  /** Earth rotation angle (IAU-82 GMST) at the view's epoch, radians. */
  gmstRadians: number;
  paths: { color: string; points: Vec3[] }[];
  markers: { color: string; position: Vec3; sizePx?: number }[];
  /** The point the camera looks at and orbits around. */
  target: Vec3;
  /** Where the camera starts. */
  camera: Vec3;
}

export interface OrbitView {
  /** Re-renders after a change of size (called by the view's ResizeObserver; exposed for tests). */
  render(): void;
  dispose(): void;
}

/** Whether this browser can create a WebGL 2 context (three.js r163+ renders with WebGL 2 only). */
export function webGlAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return canvas.getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

/** Earth-fixed spherical lat/lon (degrees) to Cartesian km on a sphere of radius r (WGS-84 flattening not drawn). */
function onSphere(lonDeg: number, latDeg: number, r: number): Vec3 {
  const lon = (lonDeg * Math.PI) / 180, lat = (latDeg * Math.PI) / 180;
  return [r * Math.cos(lat) * Math.cos(lon), r * Math.cos(lat) * Math.sin(lon), r * Math.sin(lat)];
}

function segments(polylines: [number, number][][], r: number): BufferGeometry {
  const positions: number[] = [];
  for (const line of polylines) {
    for (let i = 1; i < line.length; i++) positions.push(...onSphere(line[i - 1][0], line[i - 1][1], r), ...onSphere(line[i][0], line[i][1], r));
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(positions, 3));
  return g;
}

/** Parallels every 30° (without the poles) and meridians every 30°, sampled every 2°. */
function graticule(): [number, number][][] {
  const lines: [number, number][][] = [];
  for (let lat = -60; lat <= 60; lat += 30) {
    const l: [number, number][] = [];
    for (let lon = -180; lon <= 180; lon += 2) l.push([lon, lat]);
    lines.push(l);
  }
  for (let lon = -180; lon < 180; lon += 30) {
    const l: [number, number][] = [];
    for (let lat = -90; lat <= 90; lat += 2) l.push([lon, lat]);
    lines.push(l);
  }
  return lines;
}

/**
 * The Earth: sphere, coastlines and graticule built Earth-fixed (PEF ≈ ITRF) and rotated by +GMST about z into TEME:
 * TEME→PEF is the frame rotation R3(GMST) (Vallado, Fundamentals of Astrodynamics and Applications, 4th ed. 2013, §3.7),
 * so a vector fixed in PEF is, seen in TEME, the PEF vector turned by +GMST about z.
 */
function earth(land: Ring[], gmstRadians: number): Group {
  const group = new Group();
  group.add(new Mesh(new SphereGeometry(EARTH_RADIUS_KM, 96, 48), new MeshBasicMaterial({ color: 0x16324f })));
  group.add(new LineSegments(segments(graticule(), EARTH_RADIUS_KM * 1.001), new LineBasicMaterial({ color: 0x3d6282 })));
  group.add(new LineSegments(segments(land, EARTH_RADIUS_KM * 1.002), new LineBasicMaterial({ color: 0xb8e0c2 })));
  // SphereGeometry's poles lie on its y axis; turn them onto z (north) before the Earth rotation.
  (group.children[0] as Mesh).rotation.x = Math.PI / 2;
  group.rotation.z = gmstRadians;
  return group;
}

/**
 * Renders the view into `container` (which must be empty and sized by CSS) and wires OrbitControls, with keyboard
 * support on the focusable container (arrow keys pan, Shift/Ctrl + arrows rotate, + and − zoom, 0 resets).
 * Renders on demand (after each control change or resize), not in a loop.
 */
export function mountOrbitView(container: HTMLElement, spec: OrbitSceneSpec, land: Ring[]): OrbitView {
  // preserveDrawingBuffer: the picture stays readable (screenshots, pixel checks) after it is composited.
  const renderer = new WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
  renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2));
  const scene = new Scene();
  scene.background = new Color(0x0a1624);
  scene.add(earth(land, spec.gmstRadians));
  for (const path of spec.paths) {
    const g = new BufferGeometry();
    g.setAttribute('position', new Float32BufferAttribute(path.points.flat(), 3));
    scene.add(new Line(g, new LineBasicMaterial({ color: new Color(path.color) })));
  }
  for (const marker of spec.markers) {
    const g = new BufferGeometry();
    g.setAttribute('position', new Float32BufferAttribute(marker.position, 3));
    scene.add(new Points(g, new PointsMaterial({ color: new Color(marker.color), size: marker.sizePx ?? 9, sizeAttenuation: false })));
  }

  const camera = new PerspectiveCamera(45, 1, 1, 500000);
  camera.up.set(0, 0, 1); // TEME z (north) up; set before the controls read it
  camera.position.set(...spec.camera);
  const controls = new OrbitControls(camera, renderer.domElement);
  controls.target.set(...spec.target);
  controls.minDistance = 20;
  controls.maxDistance = 200000;
  controls.update();
  controls.saveState();
  controls.listenToKeyEvents(container);

  const render = () => renderer.render(scene, camera);
  const resize = () => {
    const width = Math.max(container.clientWidth, 1), height = Math.max(container.clientHeight, 1);
    renderer.setSize(width, height);
    camera.aspect = width / height;
    camera.updateProjectionMatrix();
    render();
  };
  controls.addEventListener('change', render);

  // Zoom by keyboard: move the camera towards or away from the target (OrbitControls has no zoom keys).
  const zoom = (factor: number) => {
    const offset = new Vector3().subVectors(camera.position, controls.target).multiplyScalar(factor);
    if (offset.length() < controls.minDistance || offset.length() > controls.maxDistance) return;
    camera.position.copy(controls.target).add(offset);
    controls.update();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === '+' || e.key === '=') zoom(0.8);
    else if (e.key === '-' || e.key === '_') zoom(1.25);
    else if (e.key === '0') controls.reset();
    else return;
    e.preventDefault();
  };
  container.addEventListener('keydown', onKey);
  container.append(renderer.domElement);
  const observer = new ResizeObserver(resize);
  observer.observe(container);
  resize();
  container.dataset.rendered = 'true';

  return {
    render: resize,
    dispose() {
      observer.disconnect();
      container.removeEventListener('keydown', onKey);
      controls.stopListenToKeyEvents();
      controls.dispose();
      scene.traverse((o) => {
        if (o instanceof Mesh || o instanceof Line || o instanceof Points) {
          o.geometry.dispose();
          (o.material as { dispose(): void }).dispose();
        }
      });
      renderer.dispose();
      renderer.forceContextLoss();
      renderer.domElement.remove();
    },
  };
}
