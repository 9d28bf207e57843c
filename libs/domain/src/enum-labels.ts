import type {
  BenefitKind,
  BenefitUnit,
  CommonComponent,
  CostCategory,
  Country,
  DeliveryConfidence,
  LifeEvent,
  ParticipationRole,
  ProjectPhase,
  Rag,
  Sector,
} from './enums.js';

// What people read for the enum codes, in the three languages Tværs speaks: one source for the web
// app, the PDF briefing and the exports (codes stay the machine format everywhere).

export const LABEL_LANGUAGES = ['da', 'nb', 'en'] as const;
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

export interface EnumLabels {
  phase: Record<ProjectPhase, string>;
  sector: Record<Sector, string>;
  lifeEvent: Record<LifeEvent, string>;
  rag: Record<Rag, string>;
  confidence: Record<DeliveryConfidence, string>;
  role: Record<ParticipationRole, string>;
  unit: Record<BenefitUnit, string>;
  costCategory: Record<CostCategory, string>;
  benefitKind: Record<BenefitKind, string>;
  country: Record<Country, string>;
}

export const ENUM_LABELS: Record<LabelLanguage, EnumLabels> = {
  da: {
    phase: {
      PROPOSED: 'Foreslået',
      APPROVED: 'Godkendt',
      EXECUTION: 'Gennemførelse',
      ROLLOUT: 'Udrulning',
      CLOSED: 'Afsluttet',
      CANCELLED: 'Annulleret',
    },
    sector: { STATE: 'Stat', REGION: 'Region', MUNICIPALITY: 'Kommune', JOINT_BODY: 'Fælles organisation', PRIVATE: 'Privat' },
    lifeEvent: {
      BIRTH: 'Fødsel',
      DEATH: 'Dødsfald',
      DIVORCE: 'Skilsmisse',
      MOVING_HOUSE: 'Flytning',
      MOVING_TO_NURSING_HOME: 'Flytning til plejebolig',
      RETIREMENT: 'Pension',
      STARTING_A_BUSINESS: 'Start af virksomhed',
      STARTING_SCHOOL_OR_DAYCARE: 'Skolestart og dagtilbud',
      UNEMPLOYMENT: 'Ledighed',
    },
    rag: { GREEN: 'Grøn', AMBER: 'Gul', RED: 'Rød', GREY: 'Grå' },
    confidence: { GREEN: 'Grøn', AMBER_GREEN: 'Gul/grøn', AMBER: 'Gul', AMBER_RED: 'Gul/rød', RED: 'Rød' },
    role: { LEAD: 'Projektejer', CO_FUNDER: 'Medfinansierer', IMPLEMENTER: 'Leverandør', BENEFIT_RECEIVER: 'Gevinstmodtager' },
    unit: { CURRENCY: 'Kroner', HOURS: 'Timer', FTE: 'Årsværk', COUNT: 'Antal', PERCENT: 'Procent', SCORE: 'Score', TCO2: 'Ton CO₂' },
    costCategory: { DEVELOPMENT: 'Udvikling', OPERATIONS: 'Drift', INTERNAL_STAFF: 'Egne medarbejdere' },
    benefitKind: {
      CASH_RELEASING: 'Budgetfrigørende',
      NON_CASH: 'Ikke-budgetfrigørende',
      QUALITATIVE: 'Kvalitativ',
      DIS_BENEFIT: 'Ulempe',
    },
    country: { DK: 'Danmark', NO: 'Norge' },
  },
  nb: {
    phase: {
      PROPOSED: 'Foreslått',
      APPROVED: 'Godkjent',
      EXECUTION: 'Gjennomføring',
      ROLLOUT: 'Utrulling',
      CLOSED: 'Avsluttet',
      CANCELLED: 'Kansellert',
    },
    sector: { STATE: 'Stat', REGION: 'Region', MUNICIPALITY: 'Kommune', JOINT_BODY: 'Felles organisasjon', PRIVATE: 'Privat' },
    lifeEvent: {
      BIRTH: 'Fødsel',
      DEATH: 'Dødsfall',
      DIVORCE: 'Skilsmisse',
      MOVING_HOUSE: 'Flytting',
      MOVING_TO_NURSING_HOME: 'Flytting til sykehjem',
      RETIREMENT: 'Pensjon',
      STARTING_A_BUSINESS: 'Starte bedrift',
      STARTING_SCHOOL_OR_DAYCARE: 'Skolestart og barnehage',
      UNEMPLOYMENT: 'Arbeidsledighet',
    },
    rag: { GREEN: 'Grønn', AMBER: 'Gul', RED: 'Rød', GREY: 'Grå' },
    confidence: { GREEN: 'Grønn', AMBER_GREEN: 'Gul/grønn', AMBER: 'Gul', AMBER_RED: 'Gul/rød', RED: 'Rød' },
    role: { LEAD: 'Prosjekteier', CO_FUNDER: 'Medfinansierer', IMPLEMENTER: 'Leverandør', BENEFIT_RECEIVER: 'Gevinstmottaker' },
    unit: { CURRENCY: 'Kroner', HOURS: 'Timer', FTE: 'Årsverk', COUNT: 'Antall', PERCENT: 'Prosent', SCORE: 'Poeng', TCO2: 'Tonn CO₂' },
    costCategory: { DEVELOPMENT: 'Utvikling', OPERATIONS: 'Drift', INTERNAL_STAFF: 'Egne ansatte' },
    benefitKind: {
      CASH_RELEASING: 'Budsjettfrigjørende',
      NON_CASH: 'Ikke budsjettfrigjørende',
      QUALITATIVE: 'Kvalitativ',
      DIS_BENEFIT: 'Ulempe',
    },
    country: { DK: 'Danmark', NO: 'Norge' },
  },
  en: {
    phase: {
      PROPOSED: 'Proposed',
      APPROVED: 'Approved',
      EXECUTION: 'Execution',
      ROLLOUT: 'Roll-out',
      CLOSED: 'Closed',
      CANCELLED: 'Cancelled',
    },
    sector: { STATE: 'State', REGION: 'Region', MUNICIPALITY: 'Municipality', JOINT_BODY: 'Joint body', PRIVATE: 'Private' },
    lifeEvent: {
      BIRTH: 'Birth',
      DEATH: 'Death',
      DIVORCE: 'Divorce',
      MOVING_HOUSE: 'Moving house',
      MOVING_TO_NURSING_HOME: 'Moving to a nursing home',
      RETIREMENT: 'Retirement',
      STARTING_A_BUSINESS: 'Starting a business',
      STARTING_SCHOOL_OR_DAYCARE: 'Starting school or day care',
      UNEMPLOYMENT: 'Unemployment',
    },
    rag: { GREEN: 'Green', AMBER: 'Amber', RED: 'Red', GREY: 'Grey' },
    confidence: { GREEN: 'Green', AMBER_GREEN: 'Amber/green', AMBER: 'Amber', AMBER_RED: 'Amber/red', RED: 'Red' },
    role: { LEAD: 'Lead', CO_FUNDER: 'Co-funder', IMPLEMENTER: 'Implementer', BENEFIT_RECEIVER: 'Benefit receiver' },
    unit: { CURRENCY: 'Currency', HOURS: 'Hours', FTE: 'FTE', COUNT: 'Count', PERCENT: 'Percent', SCORE: 'Score', TCO2: 'Tonnes CO₂' },
    costCategory: { DEVELOPMENT: 'Development', OPERATIONS: 'Operations', INTERNAL_STAFF: 'Internal staff' },
    benefitKind: { CASH_RELEASING: 'Cash-releasing', NON_CASH: 'Non-cash', QUALITATIVE: 'Qualitative', DIS_BENEFIT: 'Dis-benefit' },
    country: { DK: 'Denmark', NO: 'Norway' },
  },
};

/** Proper names of the common components: the same in every language. */
export const COMPONENT_NAMES: Record<CommonComponent, string> = {
  ALTINN: 'Altinn',
  BORGER_DK: 'borger.dk',
  CPR: 'CPR',
  CVR: 'CVR',
  DIGITAL_POST: 'Digital Post',
  FOLKEREGISTERET: 'Folkeregisteret',
  ID_PORTEN: 'ID-porten',
  KOMBIT_SHARED_SYSTEMS: 'KOMBIT fælles systemer',
  MITID: 'MitID',
  NEMKONTO: 'NemKonto',
  NEMLOG_IN: 'NemLog-in',
};

/** An enum with labels: one of ENUM_LABELS' lists, or the common components (proper names). */
export type LabelledEnum = keyof EnumLabels | 'component';

/** The labels of `kind` in `language`, by code: what the import, the exports and the PDF all look up. */
export function labelsOf(kind: LabelledEnum, language: LabelLanguage): Record<string, string> {
  return kind === 'component' ? COMPONENT_NAMES : (ENUM_LABELS[language][kind] as Record<string, string>);
}
