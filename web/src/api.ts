// Thin client of the hub API: same-origin cookie session, CSRF header on unsafe methods, problem details as errors.

/** An RFC 9457 problem details body as the hub sends it (with its stable `code`). */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: { code: string; detail?: string }[];
  diagnostics?: { code: string; line: number; column: number; severity: string; message: string }[];
}

/** A failed API call carrying the hub's problem details. */
export class ApiError extends Error {
  constructor(public readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? 'Request failed');
  }
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  rawBody?: string;
  contentType?: string;
}

async function toProblem(response: Response): Promise<Problem> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as Problem;
      return { status: response.status, ...body };
    } catch {
      /* fall through */
    }
  }
  return { status: response.status, title: response.statusText || `HTTP ${response.status}`, code: `http.${response.status}` };
}

/** Calls the API and answers the response (caller reads the body); throws ApiError on a non-2xx status. */
export async function request(path: string, options: RequestOptions = {}): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET' && method !== 'HEAD') headers['X-Concord-Console'] = '1';
  let body: BodyInit | undefined;
  if (options.rawBody !== undefined) {
    body = options.rawBody;
    headers['Content-Type'] = options.contentType ?? 'text/plain; charset=utf-8';
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] = 'application/json';
  }
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body, credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError({ title: 'Network error', code: 'network', detail: String(e) });
  }
  if (!response.ok) {
    const problem = await toProblem(response);
    // An expired or revoked session: let the shell send the user back to sign-in.
    if (response.status === 401 && !path.startsWith('/api/v1/session')) window.dispatchEvent(new CustomEvent('concord:unauthorized'));
    throw new ApiError(problem);
  }
  return response;
}

/** GET/POST returning JSON (or null for 204). */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await request(path, options);
  if (response.status === 204) return null as T;
  return (await response.json()) as T;
}

/** Every item of a paged collection route: GET the first page, then each `Link: <...>; rel="next"` until there is none. */
export async function apiAll<T>(path: string): Promise<T[]> {
  const items: T[] = [];
  let next: string | null = path;
  while (next) {
    const response = await request(next);
    items.push(...((await response.json()) as T[]));
    next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('Link') ?? '')?.[1] ?? null;
  }
  return items;
}

/** The notification kinds of GET /api/v1/stream (`event:` field), NotificationKinds in the hub. */
export const STREAM_KINDS = ['conjunction.created', 'conjunction.updated', 'conjunction.risk-raised', 'conjunction.closed',
  'conjunction.acknowledged', 'conjunction.escalated', 'conjunction.intent', 'conjunction.maneuver-plan', 'conjunction.decision'];

// ---- wire shapes (camelCase JSON of src/Concord.Server/**/*Endpoints.cs) ----

export interface Session {
  agency: string | null;
  role: string;
  keyId: string | null;
  expiresAt: string | null;
}

export interface ConjunctionUpdate {
  screenedAt: string;
  tca: string;
  missDistanceMeters: number;
  relativeSpeedMetersPerSecond: number;
  pc: number | null;
  riskLevel: string;
  id: string;
  hasCdm: boolean;
}

export interface Acknowledgement {
  id: string;
  agency: string;
  riskLevel: string;
  acknowledgedAt: string;
  actor: string;
  comment: string | null;
  valid: boolean;
}

export interface Escalation {
  step: number;
  escalatedAt: string;
  levelSince: string;
  recipients: string[];
  role: string | null;
}

export interface Intent {
  id: string;
  agency: string;
  object: string;
  intent: string;
  maneuverable: string;
  comment: string | null;
  actor: string;
  statedAt: string;
}

export interface Party {
  agency: string | null;
  acknowledged: boolean;
  acknowledgement: Acknowledgement | null;
  escalations: Escalation[];
  intent: Intent | null;
}

export interface Decision {
  id: string;
  status: string;
  maneuveringObject: string | null;
  maneuverAt: string | null;
  planId: string | null;
  summary: string;
  sha256: string;
  signatures: { agency: string; actor: string; signedAt: string; as: string }[];
  finalAt: string | null;
}

export interface Coordination {
  parties: Party[];
  decisionStatus: string | null;
  decision: Decision | null;
}

/** One object of an event as the release policy lets the caller see it: everything when released or own, else nothing. */
export interface ConjunctionObject {
  noradId: string | null;
  owner: string | null;
  released: boolean;
  own: boolean;
  source: { kind: string; id: string; originator: string; authority: string; sourceDisagreement: boolean } | null;
  relativePositionRtnMeters: number[] | null;
  relativeVelocityRtnMetersPerSecond: number[] | null;
}

export interface Conjunction {
  id: string;
  detail: 'full' | 'encounter';
  primaryNoradId: string | null;
  secondaryNoradId: string | null;
  primaryOwner: string | null;
  secondaryOwner: string | null;
  objects: ConjunctionObject[];
  tca: string;
  missDistanceMeters: number;
  relativeSpeedMetersPerSecond: number | null;
  pc: number | null;
  pcMethod: string | null;
  closedReason: string | null;
  riskLevel: string;
  status: string;
  firstScreenedAt: string | null;
  lastScreenedAt: string | null;
  releaseReason: string;
  updates: ConjunctionUpdate[] | null;
  coordination: Coordination | null;
}

export interface PlanConjunction {
  noradId: string;
  tca: string;
  missDistanceMeters: number;
  pc: number | null;
  riskLevel: string;
  new: boolean;
}

export interface PlanScreening {
  pairTca: string | null;
  pairMissDistanceMeters: number | null;
  pairPc: number | null;
  pairRiskLevel: string;
  counterpartPlanId: string | null;
  conjunctions: PlanConjunction[];
  screenedObjects: number;
  durationMs: number;
}

export interface ManeuverPlan {
  id: string;
  eventId: string;
  detail: string;
  object: string;
  uploadedBy: string;
  uploadedAt: string;
  useableStart: string;
  useableStop: string;
  screening: PlanScreening;
  oemUrl: string | null;
}

export interface StreamMessage {
  id: string;
  sequence: number;
  kind: string;
  eventId: string;
  riskLevel: string;
  createdAt: string;
  conjunction: Conjunction | null;
}

export interface SpaceObject {
  noradId: string;
  name: string;
  owner: string;
  /** claimed (waiting for a hub administrator), confirmed (owner rights) or rejected. */
  claim: 'claimed' | 'confirmed' | 'rejected';
  claimReason: string | null;
  /** Agencies the confirmed owner designated; shown to the owner and hub administrators only. */
  providers: string[] | null;
  originator: string;
  internationalDesignator: string | null;
  launchingState: string | null;
  launchDate: string | null;
  launchSite: string | null;
  nodalPeriodMinutes: number | null;
  inclinationDegrees: number | null;
  apogeeKilometers: number | null;
  perigeeKilometers: number | null;
  generalFunction: string | null;
  status: string;
  regime: string | null;
  marking: string;
  relTo: string[] | null;
  createdAt: string;
  updatedAt: string;
}

export interface AgreementParty {
  agency: string;
  signed: boolean;
  signedAt: string | null;
}

export interface Agreement {
  id: string;
  title: string;
  status: string;
  parties: AgreementParty[];
  categories: string[];
  objectScope: string;
  objectIds: string[] | null;
  conditions: { embargoMinutes: number | null; minimumPc: number | null; expiresAt: string | null };
  proposedBy: string;
  createdAt: string;
  updatedAt: string;
  activatedAt: string | null;
  suspendedAt: string | null;
  suspendedBy: string | null;
  terminatedAt: string | null;
  terminatedBy: string | null;
}

export interface Flow {
  agreementId: string;
  title: string;
  categories: string[];
  objectScope: string;
  embargoMinutes: number;
  expiresAt: string | null;
}

export interface ReleaseMatrix {
  agency: string;
  at: string;
  partners: { agency: string; outgoing: Flow[]; incoming: Flow[] }[];
}

/** An audit entry; another agency's entry reaches an agency auditor redacted (place in the chain only). */
export interface AuditEntry {
  sequence: number;
  recordedAt: string;
  actor?: string;
  action?: string;
  subject?: string;
  details?: unknown;
  agencies?: string[];
  previousHash: string;
  hash: string;
  redacted?: boolean;
}

export interface AuditVerification {
  valid: boolean;
  entries: number;
  head: string;
  firstInvalidSequence: number | null;
}

/** One point of GET /api/v1/objects/{noradId}/track: the hub's SGP4 state (TEME, km) with GMST and the sub-point. */
export interface TrackPoint {
  time: string;
  positionKm: [number, number, number];
  gmstRadians: number;
  latitudeDeg: number;
  longitudeDeg: number;
  altitudeKm: number;
}

export interface ObjectTrack {
  catalogNumber: number;
  name: string | null;
  source: 'element-set' | 'ephemeris';
  elementEpoch: string | null;
  start: string;
  stepSeconds: number;
  frame: string;
  points: TrackPoint[];
}

/** The conjunction plane at TCA of GET /api/v1/conjunctions/{id}/geometry (x along the miss vector). */
export interface EncounterPlane {
  missXMeters: number;
  missYMeters: number;
  covarianceSquareMeters: [number, number, number] | null;
  hardBodyRadiusMeters: number;
  covarianceSource: 'supplied' | 'regime-default' | 'none';
  collisionProbability: number | null;
}

export interface GeometryObject {
  catalogNumber: number;
  name: string | null;
  positionKm: [number, number, number];
  velocityKmPerSecond: [number, number, number];
  /** WGS-84 sub-point at TCA (the hub's geodetic conversion). */
  latitudeDeg: number;
  longitudeDeg: number;
  altitudeKm: number;
  arc: { secondsFromTca: number; positionKm: [number, number, number] }[];
}

export interface ConjunctionGeometry {
  eventId: string;
  updateId: string;
  tca: string;
  frame: string;
  gmstRadians: number;
  objects: GeometryObject[];
  encounterPlane: EncounterPlane;
}

/** "A × B" for an event; an object the caller may not identify reads "withheld object". */
export function pairLabel(c: Conjunction): string {
  return c.objects.map((o) => o.noradId ?? 'withheld object').join(' × ');
}
