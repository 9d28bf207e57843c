// The closed vocabularies of DOMAIN.md. Each is a const tuple so the API, the database checks and the
// web app derive their allowed values from this one place.

export const SECTORS = ['STATE', 'REGION', 'MUNICIPALITY', 'JOINT_BODY', 'PRIVATE'] as const;
export type Sector = (typeof SECTORS)[number];

export const PROJECT_PHASES = ['PROPOSED', 'APPROVED', 'EXECUTION', 'ROLLOUT', 'CLOSED', 'CANCELLED'] as const;
export type ProjectPhase = (typeof PROJECT_PHASES)[number];

export const PARTICIPATION_ROLES = ['LEAD', 'CO_FUNDER', 'IMPLEMENTER', 'BENEFIT_RECEIVER'] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

export const COST_CATEGORIES = ['DEVELOPMENT', 'OPERATIONS', 'INTERNAL_STAFF'] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

export const BENEFIT_KINDS = ['CASH_RELEASING', 'NON_CASH', 'QUALITATIVE', 'DIS_BENEFIT'] as const;
export type BenefitKind = (typeof BENEFIT_KINDS)[number];

export const BENEFIT_UNITS = ['CURRENCY', 'HOURS', 'FTE', 'PERCENT', 'COUNT', 'SCORE', 'TCO2'] as const;
export type BenefitUnit = (typeof BENEFIT_UNITS)[number];

export const MEASUREMENT_STATUSES = ['REPORTED', 'VALIDATED', 'HARVESTED'] as const;
export type MeasurementStatus = (typeof MEASUREMENT_STATUSES)[number];

export const STATUS_REPORT_STATES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'] as const;
export type StatusReportState = (typeof STATUS_REPORT_STATES)[number];

export const RAG_VALUES = ['GREEN', 'AMBER', 'RED', 'GREY'] as const;
export type Rag = (typeof RAG_VALUES)[number];

export const ADOPTION_STATES = ['NOT_STARTED', 'IMPLEMENTING', 'LIVE'] as const;
export type AdoptionState = (typeof ADOPTION_STATES)[number];

export const USER_ROLES = ['ADMIN', 'PROGRAMME_OFFICE', 'PARTNER', 'VIEWER', 'AUDITOR'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Citizens' life events around which services are bundled. */
export const LIFE_EVENTS = [
  'MOVING_HOUSE',
  'BIRTH',
  'STARTING_SCHOOL_OR_DAYCARE',
  'DIVORCE',
  'RETIREMENT',
  'MOVING_TO_NURSING_HOME',
  'UNEMPLOYMENT',
  'DEATH',
  'STARTING_A_BUSINESS',
] as const;
export type LifeEvent = (typeof LIFE_EVENTS)[number];

/** Shared national infrastructure a project reuses (Danish and Norwegian). */
export const COMMON_COMPONENTS = [
  'MITID',
  'NEMLOG_IN',
  'DIGITAL_POST',
  'BORGER_DK',
  'CPR',
  'CVR',
  'NEMKONTO',
  'KOMBIT_SHARED_SYSTEMS',
  'FOLKEREGISTERET',
  'ID_PORTEN',
  'ALTINN',
] as const;
export type CommonComponent = (typeof COMMON_COMPONENTS)[number];

/** ISO 3166-1 alpha-2 codes of the countries Tværs serves. */
export const COUNTRIES = ['DK', 'NO'] as const;
export type Country = (typeof COUNTRIES)[number];

/** The roles a membership gives in one programme; ADMIN is platform-wide and not a membership. */
export const MEMBERSHIP_ROLES = ['PROGRAMME_OFFICE', 'PARTNER', 'VIEWER', 'AUDITOR'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
