// The closed vocabularies of docs/domain.md. Each is a const tuple so the API, the database checks and the
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

/** A risk's life: open, being mitigated, closed (no longer a threat) or materialised (it happened). */
export const RISK_STATUSES = ['OPEN', 'MITIGATING', 'CLOSED', 'MATERIALISED'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export const ISSUE_SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type IssueSeverity = (typeof ISSUE_SEVERITIES)[number];

export const ISSUE_STATUSES = ['OPEN', 'IN_PROGRESS', 'RESOLVED'] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];

/** The five-point delivery confidence scale of the UK major-projects review, best first. */
export const DELIVERY_CONFIDENCES = ['GREEN', 'AMBER_GREEN', 'AMBER', 'AMBER_RED', 'RED'] as const;
export type DeliveryConfidence = (typeof DELIVERY_CONFIDENCES)[number];

export const GATE_DECISIONS = ['APPROVED', 'REJECTED', 'DEFERRED'] as const;
export type GateDecisionOutcome = (typeof GATE_DECISIONS)[number];

/** Records that evidence files can be attached to. */
export const ATTACHMENT_KINDS = ['MEASUREMENT', 'COST_ACTUAL', 'STATUS_REPORT', 'GATE_DECISION', 'BENEFIT_REPORT'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** The dimensions a status report rates and explains. */
export const REPORT_DIMENSIONS = ['COST', 'SCHEDULE', 'BENEFIT'] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

export const RISK_CATEGORIES = [
  'FINANCIAL',
  'SCHEDULE',
  'TECHNICAL',
  'ORGANISATIONAL',
  'LEGAL',
  'SECURITY',
  'SUPPLIER',
  'ADOPTION',
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];
