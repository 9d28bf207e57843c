import type { Language } from '../../http/query-params.js';
import {
  BENEFIT_KINDS,
  BENEFIT_UNITS,
  COMMON_COMPONENTS,
  COST_CATEGORIES,
  COUNTRIES,
  LIFE_EVENTS,
  PARTICIPATION_ROLES,
  PROJECT_PHASES,
  SECTORS,
  type LabelledEnum,
} from '@tvaers/domain';

// The import workbook, described once: the template is written from these definitions and an
// uploaded file is read with them. Sheet names and headers are matched in any of the three languages,
// so a Danish template filled in by a Norwegian partner still imports.

/** The template's languages: those of the web app and the other exports. */
export type ImportLanguage = Language;
export type Labels = Record<ImportLanguage, string>;

export type CellType =
  | 'text'
  | 'fiscalYear'
  | 'money'
  | 'quantity'
  | 'date'
  | 'enum'
  | 'enumList'
  /** An organisation named by its identifier (CVR, org.nr, municipality code), or "DK:identifier". */
  | 'organisation';

export interface ImportColumn {
  key: string;
  labels: Labels;
  type: CellType;
  required?: boolean;
  values?: readonly string[];
  /** What people read for the values (libs/domain ENUM_LABELS): the template shows them, the import takes them. */
  valueLabels?: LabelledEnum;
  maxLength?: number;
  minLength?: number;
}

export type SheetKey = 'organisations' | 'projects' | 'partners' | 'budget' | 'benefits' | 'targets' | 'measurements';

export interface ImportSheet {
  key: SheetKey;
  labels: Labels;
  columns: ImportColumn[];
}

const projectCode: ImportColumn = {
  key: 'projectCode',
  labels: { da: 'Projektkode', nb: 'Prosjektkode', en: 'Project code' },
  type: 'text',
  required: true,
  maxLength: 20,
};
const benefitTitle: ImportColumn = {
  key: 'benefit',
  labels: { da: 'Gevinst', nb: 'Gevinst', en: 'Benefit' },
  type: 'text',
  required: true,
  minLength: 3,
  maxLength: 300,
};
const fiscalYear: ImportColumn = {
  key: 'fiscalYear',
  labels: { da: 'Finansår', nb: 'Budsjettår', en: 'Fiscal year' },
  type: 'fiscalYear',
  required: true,
};
const date = (key: string, labels: Labels): ImportColumn => ({ key, labels, type: 'date' });

export const IMPORT_SHEETS: readonly ImportSheet[] = [
  {
    key: 'organisations',
    labels: { da: 'Organisationer', nb: 'Organisasjoner', en: 'Organisations' },
    columns: [
      {
        key: 'identifier',
        labels: { da: 'Identifikator', nb: 'Identifikator', en: 'Identifier' },
        type: 'text',
        required: true,
        maxLength: 40,
      },
      {
        key: 'country',
        labels: { da: 'Land', nb: 'Land', en: 'Country' },
        type: 'enum',
        values: COUNTRIES,
        valueLabels: 'country',
        required: true,
      },
      { key: 'name', labels: { da: 'Navn', nb: 'Navn', en: 'Name' }, type: 'text', required: true, minLength: 2, maxLength: 200 },
      {
        key: 'sector',
        labels: { da: 'Sektor', nb: 'Sektor', en: 'Sector' },
        type: 'enum',
        values: SECTORS,
        valueLabels: 'sector',
        required: true,
      },
    ],
  },
  {
    key: 'projects',
    labels: { da: 'Projekter', nb: 'Prosjekter', en: 'Projects' },
    columns: [
      { ...projectCode },
      { key: 'title', labels: { da: 'Titel', nb: 'Tittel', en: 'Title' }, type: 'text', required: true, minLength: 3, maxLength: 300 },
      { key: 'description', labels: { da: 'Beskrivelse', nb: 'Beskrivelse', en: 'Description' }, type: 'text', maxLength: 5000 },
      { key: 'track', labels: { da: 'Spor', nb: 'Spor', en: 'Track' }, type: 'text', maxLength: 20 },
      { key: 'phase', labels: { da: 'Fase', nb: 'Fase', en: 'Phase' }, type: 'enum', values: PROJECT_PHASES, valueLabels: 'phase' },
      date('plannedStart', { da: 'Planlagt start', nb: 'Planlagt start', en: 'Planned start' }),
      date('plannedEnd', { da: 'Planlagt slut', nb: 'Planlagt slutt', en: 'Planned end' }),
      date('forecastStart', { da: 'Forventet start', nb: 'Prognose start', en: 'Forecast start' }),
      date('forecastEnd', { da: 'Forventet slut', nb: 'Prognose slutt', en: 'Forecast end' }),
      date('actualStart', { da: 'Faktisk start', nb: 'Faktisk start', en: 'Actual start' }),
      date('actualEnd', { da: 'Faktisk slut', nb: 'Faktisk slutt', en: 'Actual end' }),
      {
        key: 'lifeEvents',
        labels: { da: 'Livsbegivenheder', nb: 'Livshendelser', en: 'Life events' },
        type: 'enumList',
        values: LIFE_EVENTS,
        valueLabels: 'lifeEvent',
      },
      {
        key: 'commonComponents',
        labels: { da: 'Fælleskomponenter', nb: 'Felleskomponenter', en: 'Common components' },
        type: 'enumList',
        values: COMMON_COMPONENTS,
        valueLabels: 'component',
      },
    ],
  },
  {
    key: 'partners',
    labels: { da: 'Partnere', nb: 'Partnere', en: 'Partners' },
    columns: [
      { ...projectCode },
      { key: 'organisation', labels: { da: 'Organisation', nb: 'Organisasjon', en: 'Organisation' }, type: 'organisation', required: true },
      {
        key: 'roles',
        labels: { da: 'Roller', nb: 'Roller', en: 'Roles' },
        type: 'enumList',
        values: PARTICIPATION_ROLES,
        valueLabels: 'role',
        required: true,
      },
    ],
  },
  {
    key: 'budget',
    labels: { da: 'Budget', nb: 'Budsjett', en: 'Budget' },
    columns: [
      { ...projectCode },
      { ...fiscalYear },
      { key: 'funder', labels: { da: 'Finansieret af', nb: 'Finansiert av', en: 'Funder' }, type: 'organisation', required: true },
      {
        key: 'category',
        labels: { da: 'Kategori', nb: 'Kategori', en: 'Category' },
        type: 'enum',
        values: COST_CATEGORIES,
        valueLabels: 'costCategory',
        required: true,
      },
      { key: 'amount', labels: { da: 'Beløb', nb: 'Beløp', en: 'Amount' }, type: 'money', required: true },
      { key: 'low', labels: { da: 'Lavt skøn', nb: 'Lavt anslag', en: 'Low estimate' }, type: 'money' },
      { key: 'high', labels: { da: 'Højt skøn', nb: 'Høyt anslag', en: 'High estimate' }, type: 'money' },
    ],
  },
  {
    key: 'benefits',
    labels: { da: 'Gevinster', nb: 'Gevinster', en: 'Benefits' },
    columns: [
      { ...projectCode },
      { ...benefitTitle },
      {
        key: 'kind',
        labels: { da: 'Art', nb: 'Art', en: 'Kind' },
        type: 'enum',
        values: BENEFIT_KINDS,
        valueLabels: 'benefitKind',
        required: true,
      },
      {
        key: 'unit',
        labels: { da: 'Enhed', nb: 'Enhet', en: 'Unit' },
        type: 'enum',
        values: BENEFIT_UNITS,
        valueLabels: 'unit',
        required: true,
      },
      { key: 'receiver', labels: { da: 'Modtager', nb: 'Mottaker', en: 'Receiver' }, type: 'organisation', required: true },
      { key: 'owner', labels: { da: 'Ejer', nb: 'Eier', en: 'Owner' }, type: 'text', maxLength: 200 },
      { key: 'baselineValue', labels: { da: 'Udgangsværdi', nb: 'Utgangsverdi', en: 'Baseline value' }, type: 'quantity' },
      { key: 'measurementMethod', labels: { da: 'Målemetode', nb: 'Målemetode', en: 'Measurement method' }, type: 'text', maxLength: 2000 },
      { key: 'process', labels: { da: 'Arbejdsgang (KLE)', nb: 'Arbeidsprosess', en: 'Work process' }, type: 'text', maxLength: 40 },
      {
        key: 'perAdopter',
        labels: { da: 'Pr. ibrugtagende organisation', nb: 'Per organisasjon som tar i bruk', en: 'Per adopting organisation' },
        type: 'quantity',
      },
    ],
  },
  {
    key: 'targets',
    labels: { da: 'Gevinstmål', nb: 'Gevinstmål', en: 'Benefit targets' },
    columns: [
      { ...projectCode },
      { ...benefitTitle },
      { ...fiscalYear },
      { key: 'value', labels: { da: 'Mål', nb: 'Mål', en: 'Target' }, type: 'quantity', required: true },
      { key: 'low', labels: { da: 'Lavt skøn', nb: 'Lavt anslag', en: 'Low estimate' }, type: 'quantity' },
      { key: 'high', labels: { da: 'Højt skøn', nb: 'Høyt anslag', en: 'High estimate' }, type: 'quantity' },
    ],
  },
  {
    key: 'measurements',
    labels: { da: 'Målinger', nb: 'Målinger', en: 'Measurements' },
    columns: [
      { ...projectCode },
      { ...benefitTitle },
      { ...fiscalYear },
      { key: 'value', labels: { da: 'Værdi', nb: 'Verdi', en: 'Value' }, type: 'quantity', required: true },
      { key: 'evidence', labels: { da: 'Dokumentation', nb: 'Dokumentasjon', en: 'Evidence' }, type: 'text', maxLength: 2000 },
    ],
  },
];

export const IMPORT_LANGUAGES: readonly ImportLanguage[] = ['da', 'nb', 'en'];

/** Lower-case, single-spaced, for matching a sheet name or header in any language. */
export function normaliseLabel(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');
}

/** Spreadsheet column letters from a 1-based index: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
