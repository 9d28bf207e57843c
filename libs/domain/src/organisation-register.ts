import type { Country, Sector } from './enums.js';
import { isValidCvr, isValidOrgNr } from './organisation-identifiers.js';
import { DK_MUNICIPALITIES, DK_REGIONS } from './reference/dk-municipalities.js';
import { NO_COUNTIES, NO_MUNICIPALITIES } from './reference/no-municipalities.js';

// What an organisation's identifier is, read from its country and its shape, and whether the
// organisation's sector agrees with it. A municipality code on a "STATE" row, or a CVR number with a
// typo, would otherwise reach the partner lists, the wrong-pocket sums and the IATI export unseen.

export const IDENTIFIER_KINDS = ['CVR', 'ORG_NR', 'DK_MUNICIPALITY', 'DK_REGION', 'NO_MUNICIPALITY'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

export interface ReferenceOrganisation {
  country: Country;
  identifier: string;
  /** The organisation's name as the register adds it, e.g. "Aarhus Kommune". */
  name: string;
  sector: Sector;
  kind: IdentifierKind;
  /** Region (DK) or county (NO) the municipality lies in; none for a region. */
  area: string | null;
}

const dkMunicipalities = new Map(DK_MUNICIPALITIES.map(([code, name, region]) => [code, { name, region }]));
const noMunicipalities = new Map(NO_MUNICIPALITIES.map(([code, name]) => [code, name]));

/** The official Danish form: "Københavns Kommune" (genitive), otherwise "<name> Kommune". */
function dkMunicipalityName(name: string): string {
  return `${name === 'København' ? 'Københavns' : name} Kommune`;
}

export function referenceOrganisations(country: Country): ReferenceOrganisation[] {
  if (country === 'DK') {
    const regions = Object.entries(DK_REGIONS).map(([identifier, name]): ReferenceOrganisation => ({
      country,
      identifier,
      name,
      sector: 'REGION',
      kind: 'DK_REGION',
      area: null,
    }));
    const municipalities = DK_MUNICIPALITIES.map(([identifier, name, region]): ReferenceOrganisation => ({
      country,
      identifier,
      name: dkMunicipalityName(name),
      sector: 'MUNICIPALITY',
      kind: 'DK_MUNICIPALITY',
      area: DK_REGIONS[region] ?? null,
    }));
    return [...regions, ...municipalities];
  }
  return NO_MUNICIPALITIES.map(([identifier, name]) => ({
    country,
    identifier,
    name: `${name} kommune`,
    sector: 'MUNICIPALITY',
    kind: 'NO_MUNICIPALITY',
    area: NO_COUNTIES[identifier.slice(0, 2)] ?? null,
  }));
}

/** The kind an identifier has by its shape alone (before its check digit or the lists are consulted). */
export function identifierKind(country: Country, identifier: string): IdentifierKind | null {
  if (country === 'DK') {
    if (/^[0-9]{8}$/.test(identifier)) return 'CVR';
    if (/^[0-9]{3}$/.test(identifier)) return 'DK_MUNICIPALITY';
    if (/^10[0-9]{2}$/.test(identifier)) return 'DK_REGION';
    return null;
  }
  if (/^[0-9]{9}$/.test(identifier)) return 'ORG_NR';
  if (/^[0-9]{4}$/.test(identifier)) return 'NO_MUNICIPALITY';
  return null;
}

export interface IdentifierProblem {
  field: 'identifier' | 'sector';
  message: string;
}

/** Why this country, sector and identifier cannot stand together, or null when they can. */
export function identifierProblem(country: Country, sector: Sector, identifier: string): IdentifierProblem | null {
  const kind = identifierKind(country, identifier);
  const wrong = (message: string): IdentifierProblem => ({ field: 'identifier', message });
  switch (kind) {
    case null:
      return wrong(
        country === 'DK'
          ? 'must be a CVR number (8 digits), a municipality code (3 digits, e.g. 751) or a region code (1081–1085)'
          : 'must be an organisasjonsnummer (9 digits) or a municipality number (4 digits, e.g. 0301)',
      );
    case 'CVR':
      return isValidCvr(identifier) ? null : wrong('is not a valid CVR number: the check digit does not match');
    case 'ORG_NR':
      return isValidOrgNr(identifier) ? null : wrong('is not a valid organisasjonsnummer: the check digit does not match');
    case 'DK_MUNICIPALITY':
      if (!dkMunicipalities.has(identifier)) return wrong('is not one of the 98 Danish municipality codes');
      return sector === 'MUNICIPALITY' ? null : { field: 'sector', message: 'must be MUNICIPALITY for a municipality code' };
    case 'NO_MUNICIPALITY':
      if (!noMunicipalities.has(identifier)) return wrong('is not a Norwegian municipality number (2024 numbering)');
      return sector === 'MUNICIPALITY' ? null : { field: 'sector', message: 'must be MUNICIPALITY for a municipality number' };
    case 'DK_REGION':
      if (!(identifier in DK_REGIONS)) return wrong('is not a Danish region code (1081–1085)');
      return sector === 'REGION' ? null : { field: 'sector', message: 'must be REGION for a region code' };
  }
}
