import {
  type CommonComponent,
  CommonComponentValues,
  type Country,
  CountryValues,
  type LifeEvent,
  LifeEventValues,
  type ProjectPhase,
  ProjectPhaseValues,
  type Sector,
  SectorValues,
} from '../generated/graphql';

// The query string of every page, typed. The router's own format is JSON per value; ours stays the
// plain form the app has always written (`?track=a&track=b&q=flyt`), so links shared before still open
// the same view and the export URLs take the same names. Each route checks its own keys: a value it
// does not know (an old link, a typo, a hand-edited address) is dropped instead of reaching a query.

/** The query string as parsed: a key given once is a string, a repeated key a list. */
export type RawSearch = Record<string, string | string[]>;

export function parseSearch(query: string): RawSearch {
  const raw: RawSearch = {};
  for (const [key, value] of new URLSearchParams(query)) {
    const seen = raw[key];
    raw[key] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return raw;
}

/** `?a=1&b=x&b=y` from an object; undefined, null, false, empty strings and empty lists are left out. */
export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v === undefined || v === null || v === false || v === '') continue;
      params.append(key, v === true ? '1' : String(v));
    }
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A key's values as text. The router also hands a validator its own earlier answer (numbers, true, lists). */
function values(raw: unknown): string[] {
  const one = (v: unknown) => (typeof v === 'string' ? [v] : typeof v === 'number' || v === true ? [String(v)] : []);
  return Array.isArray(raw) ? raw.flatMap(one) : one(raw);
}

/** The first non-blank value, trimmed. */
function text(raw: unknown, maxLength = 200): string | undefined {
  const value = values(raw)
    .map((v) => v.trim())
    .find(Boolean);
  return value?.slice(0, maxLength);
}

function uuid(raw: unknown): string | undefined {
  return values(raw).find(isUuid)?.toLowerCase();
}

function oneOf<T extends string>(raw: unknown, allowed: readonly T[]): T | undefined {
  return values(raw).find((v): v is T => (allowed as readonly string[]).includes(v));
}

function listOf<T extends string>(raw: unknown, allowed?: readonly T[]): T[] | undefined {
  const kept = [...new Set(values(raw))].filter((v): v is T => (allowed ? (allowed as readonly string[]).includes(v) : v.trim() !== ''));
  return kept.length ? kept : undefined;
}

// Every validator answers each of its keys, undefined included: the router lays a route's answer over
// the raw query string, so a key left out would let the raw (unchecked) value through.

/** Every page: the programme it is about (the header's picker) and a single sign-on's one-time code. */
export interface AppSearch {
  programme?: string;
  signin?: string;
}

export function validateAppSearch(raw: Record<string, unknown>): AppSearch {
  return { programme: uuid(raw.programme), signin: text(raw.signin, 500) };
}

/** The dashboard's and the lists' project filters, in the server's parameter names (also the exports'). */
export interface FilterSearch {
  track?: string[];
  phase?: ProjectPhase[];
  sector?: Sector[];
  life?: LifeEvent[];
  component?: CommonComponent[];
  q?: string;
}

export const FILTER_KEYS = ['track', 'phase', 'sector', 'life', 'component', 'q'] as const satisfies readonly (keyof FilterSearch)[];

export function validateFilterSearch(raw: Record<string, unknown>): FilterSearch {
  return {
    track: listOf(values(raw.track).filter(isUuid)),
    phase: listOf(raw.phase, ProjectPhaseValues),
    sector: listOf(raw.sector, SectorValues),
    life: listOf(raw.life, LifeEventValues),
    component: listOf(raw.component, CommonComponentValues),
    q: text(raw.q),
  };
}

/** One cell of the risk heat map (probability and impact 1–5), inherent or residual, with the filters. */
export interface RiskSearch extends FilterSearch {
  p?: number;
  i?: number;
  residual?: true;
}

const RISK_SCALE = ['1', '2', '3', '4', '5'] as const;

export function validateRiskSearch(raw: Record<string, unknown>): RiskSearch {
  const scale = (value: unknown) => {
    const found = oneOf(value, RISK_SCALE);
    return found === undefined ? undefined : Number(found);
  };
  return {
    ...validateFilterSearch(raw),
    p: scale(raw.p),
    i: scale(raw.i),
    residual: values(raw.residual).some((v) => v === '1' || v === 'true') ? (true as const) : undefined,
  };
}

/** The organisation register's search. */
export interface RegisterSearch {
  q?: string;
  country?: Country;
  sector?: Sector;
}

export function validateRegisterSearch(raw: Record<string, unknown>): RegisterSearch {
  return { q: text(raw.q), country: oneOf(raw.country, CountryValues), sector: oneOf(raw.sector, SectorValues) };
}

/** The public dashboard's published period (e.g. 2026-Q3 or 2026-09), chosen from the list it offers. */
export interface PeriodSearch {
  period?: string;
}

export function validatePeriodSearch(raw: Record<string, unknown>): PeriodSearch {
  return { period: values(raw.period).find((v) => /^[0-9A-Za-z-]{1,20}$/.test(v)) };
}

/** Where the sign-in page returns to: a path of this app, never another site (`//host`, `https:`). */
export interface SignInSearch {
  next?: string;
}

export function validateSignInSearch(raw: Record<string, unknown>): SignInSearch {
  return { next: values(raw.next).find((v) => /^\/(?![/\\])/.test(v) && v.length <= 2000) };
}
