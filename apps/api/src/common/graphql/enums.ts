import { registerEnumType } from '@nestjs/graphql';
import {
  ADOPTION_STATES,
  ATTACHMENT_KINDS,
  BENEFIT_KINDS,
  BENEFIT_UNITS,
  COMMON_COMPONENTS,
  COST_CATEGORIES,
  COUNTRIES,
  DELIVERY_CONFIDENCES,
  GATE_DECISIONS,
  IDENTIFIER_KINDS,
  ISSUE_SEVERITIES,
  ISSUE_STATUSES,
  LIFE_EVENTS,
  MEASUREMENT_STATUSES,
  MEMBERSHIP_ROLES,
  PARTICIPATION_ROLES,
  PROJECT_PHASES,
  REPORT_DIMENSIONS,
  RISK_CATEGORIES,
  RISK_STATUSES,
  SECTORS,
  USER_ROLES,
  LABEL_LANGUAGES,
} from '@tvaers/domain';

// GraphQL enums generated from the domain vocabularies, so the schema, the database checks and the
// web app can never disagree about the allowed values.
function graphqlEnum<T extends string>(values: readonly T[], name: string, description: string): Record<T, T> {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

export const SectorEnum = graphqlEnum(SECTORS, 'Sector', 'The part of the public sector an organisation belongs to.');
export const CountryEnum = graphqlEnum(COUNTRIES, 'Country', 'ISO 3166-1 alpha-2 country code.');
export const IdentifierKindEnum = graphqlEnum(
  IDENTIFIER_KINDS,
  'IdentifierKind',
  'What an organisation identifier is: a Danish CVR number, a Norwegian organisasjonsnummer, or a Danish municipality or region code or a Norwegian municipality number.',
);
export const ProjectPhaseEnum = graphqlEnum(PROJECT_PHASES, 'ProjectPhase', 'Where a project is in its life cycle.');
export const ParticipationRoleEnum = graphqlEnum(PARTICIPATION_ROLES, 'ParticipationRole', 'What an organisation does in a project.');
export const CostCategoryEnum = graphqlEnum(COST_CATEGORIES, 'CostCategory', 'Kind of cost, for budgets and actuals.');
export const BenefitKindEnum = graphqlEnum(
  BENEFIT_KINDS,
  'BenefitKind',
  'Cash-releasing, non-cash, qualitative or a dis-benefit (counts negative).',
);
export const BenefitUnitEnum = graphqlEnum(BENEFIT_UNITS, 'BenefitUnit', 'The unit a benefit is measured in.');
export const MeasurementStatusEnum = graphqlEnum(
  MEASUREMENT_STATUSES,
  'MeasurementStatus',
  'REPORTED → VALIDATED → HARVESTED, forward only.',
);
export const AdoptionStateEnum = graphqlEnum(ADOPTION_STATES, 'AdoptionState', 'Whether an organisation has taken a solution into use.');
export const LifeEventEnum = graphqlEnum(LIFE_EVENTS, 'LifeEvent', "A citizen's life event around which services are bundled.");
export const CommonComponentEnum = graphqlEnum(COMMON_COMPONENTS, 'CommonComponent', 'Shared national infrastructure a project reuses.');
export const UserRoleEnum = graphqlEnum(USER_ROLES, 'UserRole', 'What a user may see and do (see the permission matrix).');
export const MembershipRoleEnum = graphqlEnum(
  MEMBERSHIP_ROLES,
  'MembershipRole',
  'A role in one programme (ADMIN is platform-wide and no membership).',
);
export const RiskStatusEnum = graphqlEnum(
  RISK_STATUSES,
  'RiskStatus',
  'OPEN, MITIGATING, CLOSED or MATERIALISED (it happened: record an issue).',
);
export const RiskCategoryEnum = graphqlEnum(RISK_CATEGORIES, 'RiskCategory', 'What kind of threat a risk is.');
export const IssueSeverityEnum = graphqlEnum(ISSUE_SEVERITIES, 'IssueSeverity', 'How badly an issue hurts the project.');
export const IssueStatusEnum = graphqlEnum(ISSUE_STATUSES, 'IssueStatus', 'OPEN → IN_PROGRESS → RESOLVED (with a resolution).');
export const DeliveryConfidenceEnum = graphqlEnum(
  DELIVERY_CONFIDENCES,
  'DeliveryConfidence',
  'The five-point delivery confidence scale of the UK major-projects review.',
);
export const GateDecisionOutcomeEnum = graphqlEnum(GATE_DECISIONS, 'GateDecisionOutcome', 'What a phase gate decided.');
export const AttachmentKindEnum = graphqlEnum(ATTACHMENT_KINDS, 'AttachmentKind', 'The kind of record an evidence file is attached to.');
export const LightDimensionEnum = graphqlEnum(
  REPORT_DIMENSIONS,
  'LightDimension',
  'A dimension a status report rates and explains: cost, schedule or benefits.',
);
export const LanguageEnum = graphqlEnum(
  LABEL_LANGUAGES,
  'Language',
  'Danish, Norwegian Bokmål or English: what mail and documents are written in.',
);
