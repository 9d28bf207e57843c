import { type LabelledEnum, type LabelLanguage, labelsOf } from '@tvaers/domain';
import type { Column } from './csv.js';

// The exports for people: sheet names, column headers and enum values in Danish, Norwegian or English
// (`?lang=`). Without it, CSV stays the machine format: English snake_case headers and codes.

type Texts = { da: string; nb: string; en?: string };

const SHEETS: Record<string, Record<LabelLanguage, string>> = {
  metadata: { da: 'Om rapporten', nb: 'Om rapporten', en: 'About this report' },
  projects: { da: 'Projekter', nb: 'Prosjekter', en: 'Projects' },
  partners: { da: 'Partnere', nb: 'Partnere', en: 'Partners' },
  budget: { da: 'Budget', nb: 'Budsjett', en: 'Budget' },
  costs: { da: 'Forbrug', nb: 'Forbruk', en: 'Costs' },
  benefits: { da: 'Gevinster', nb: 'Gevinster', en: 'Benefits' },
  measurements: { da: 'Målinger', nb: 'Målinger', en: 'Measurements' },
  status: { da: 'Statusrapporter', nb: 'Statusrapporter', en: 'Status reports' },
  risks: { da: 'Risici', nb: 'Risikoer', en: 'Risks' },
  gates: { da: 'Beslutningspunkter', nb: 'Beslutningspunkter', en: 'Gates' },
  'business-case': { da: 'Business case', nb: 'Gevinstanalyse', en: 'Business case' },
  settlement: { da: 'Udligning', nb: 'Utligning', en: 'Settlement' },
  codes: { da: 'Koder', nb: 'Koder', en: 'Codes' },
};

/** Headers in Danish and Norwegian; English is the header itself in words ("planned_start" → "Planned start") unless given. */
const HEADERS: Record<string, Texts> = {
  field: { da: 'Felt', nb: 'Felt', en: 'Field' },
  value: { da: 'Værdi', nb: 'Verdi' },
  programme: { da: 'Program', nb: 'Program' },
  currency: { da: 'Valuta', nb: 'Valuta' },
  generated_at: { da: 'Dannet', nb: 'Laget' },
  generated_by: { da: 'Dannet af', nb: 'Laget av' },
  data_as_of: { da: 'Data pr.', nb: 'Data per', en: 'Data as of' },
  content_sha256: { da: 'SHA-256 af indholdet', nb: 'SHA-256 av innholdet', en: 'Content SHA-256' },
  code: { da: 'Kode', nb: 'Kode' },
  title: { da: 'Titel', nb: 'Tittel' },
  phase: { da: 'Fase', nb: 'Fase' },
  track: { da: 'Spor', nb: 'Spor' },
  planned_start: { da: 'Planlagt start', nb: 'Planlagt start' },
  planned_end: { da: 'Planlagt slut', nb: 'Planlagt slutt' },
  forecast_end: { da: 'Forventet slut', nb: 'Prognose slutt', en: 'Forecast end' },
  life_events: { da: 'Livsbegivenheder', nb: 'Livshendelser' },
  common_components: { da: 'Fælleskomponenter', nb: 'Felleskomponenter' },
  project_code: { da: 'Projektkode', nb: 'Prosjektkode' },
  organisation: { da: 'Organisation', nb: 'Organisasjon' },
  sector: { da: 'Sektor', nb: 'Sektor' },
  identifier: { da: 'Identifikator', nb: 'Identifikator' },
  roles: { da: 'Roller', nb: 'Roller' },
  fiscal_year: { da: 'Regnskabsår', nb: 'Regnskapsår' },
  funder: { da: 'Finansieres af', nb: 'Finansieres av', en: 'Funder' },
  category: { da: 'Kategori', nb: 'Kategori' },
  amount: { da: 'Beløb', nb: 'Beløp' },
  date: { da: 'Dato', nb: 'Dato' },
  payer: { da: 'Betaler', nb: 'Betaler' },
  reference: { da: 'Reference', nb: 'Referanse' },
  benefit: { da: 'Gevinst', nb: 'Gevinst' },
  kind: { da: 'Art', nb: 'Art' },
  unit: { da: 'Enhed', nb: 'Enhet' },
  receiver: { da: 'Modtager', nb: 'Mottaker' },
  owner: { da: 'Ejer', nb: 'Eier' },
  baseline_value: { da: 'Udgangsværdi', nb: 'Utgangsverdi' },
  process: { da: 'Arbejdsgang', nb: 'Arbeidsprosess' },
  targets: { da: 'Mål', nb: 'Mål' },
  forecasts: { da: 'Prognoser', nb: 'Prognoser' },
  status: { da: 'Status', nb: 'Status' },
  evidence: { da: 'Dokumentation', nb: 'Dokumentasjon' },
  validated_at: { da: 'Valideret', nb: 'Validert' },
  harvested_at: { da: 'Hjemtaget', nb: 'Tatt ut' },
  confirmed_at: { da: 'Bekræftet', nb: 'Bekreftet' },
  confirmed_by: { da: 'Bekræftet af', nb: 'Bekreftet av' },
  confirmation_reference: { da: 'Modtagerens reference', nb: 'Mottakerens referanse' },
  confirmation_reason: { da: 'Begrundelse for bekræftelse', nb: 'Begrunnelse for bekreftelse' },
  period: { da: 'Periode', nb: 'Periode' },
  state: { da: 'Tilstand', nb: 'Tilstand' },
  self_assessed: { da: 'Egen vurdering', nb: 'Egen vurdering' },
  cost_computed: { da: 'Økonomi beregnet', nb: 'Økonomi beregnet' },
  cost_override: { da: 'Økonomi tilsidesat', nb: 'Økonomi overstyrt' },
  cost_override_reason: { da: 'Begrundelse (økonomi)', nb: 'Begrunnelse (økonomi)' },
  schedule_computed: { da: 'Tidsplan beregnet', nb: 'Tidsplan beregnet' },
  schedule_override: { da: 'Tidsplan tilsidesat', nb: 'Tidsplan overstyrt' },
  schedule_override_reason: { da: 'Begrundelse (tidsplan)', nb: 'Begrunnelse (tidsplan)' },
  benefit_computed: { da: 'Gevinster beregnet', nb: 'Gevinster beregnet' },
  benefit_override: { da: 'Gevinster tilsidesat', nb: 'Gevinster overstyrt' },
  benefit_override_reason: { da: 'Begrundelse (gevinster)', nb: 'Begrunnelse (gevinster)' },
  narrative: { da: 'Beretning', nb: 'Beretning' },
  decided_at: { da: 'Besluttet', nb: 'Besluttet' },
  decided_by: { da: 'Besluttet af', nb: 'Besluttet av' },
  delivery_confidence: { da: 'Leveringssikkerhed (egen)', nb: 'Leveransesikkerhet (egen)', en: 'Delivery confidence (own)' },
  delivery_confidence_comment: { da: 'Kommentar (egen)', nb: 'Kommentar (egen)', en: 'Comment (own)' },
  office_confidence: {
    da: 'Leveringssikkerhed (programkontoret)',
    nb: 'Leveransesikkerhet (programkontoret)',
    en: 'Delivery confidence (office)',
  },
  office_confidence_comment: { da: 'Kommentar (programkontoret)', nb: 'Kommentar (programkontoret)', en: 'Comment (office)' },
  cost_variance_explanation: { da: 'Forklaring (økonomi)', nb: 'Forklaring (økonomi)', en: 'Explanation (cost)' },
  schedule_variance_explanation: { da: 'Forklaring (tidsplan)', nb: 'Forklaring (tidsplan)', en: 'Explanation (schedule)' },
  benefit_variance_explanation: { da: 'Forklaring (gevinster)', nb: 'Forklaring (gevinster)', en: 'Explanation (benefits)' },
  probability: { da: 'Sandsynlighed', nb: 'Sannsynlighet' },
  impact: { da: 'Konsekvens', nb: 'Konsekvens' },
  score: { da: 'Score', nb: 'Poeng' },
  residual_probability: { da: 'Restsandsynlighed', nb: 'Restsannsynlighet' },
  residual_impact: { da: 'Restkonsekvens', nb: 'Restkonsekvens' },
  residual_score: { da: 'Restscore', nb: 'Restpoeng' },
  mitigation: { da: 'Afbødning', nb: 'Tiltak' },
  proximity: { da: 'Nærhed', nb: 'Nærhet' },
  review_date: { da: 'Næste gennemgang', nb: 'Neste gjennomgang', en: 'Review date' },
  from_phase: { da: 'Fra fase', nb: 'Fra fase' },
  to_phase: { da: 'Til fase', nb: 'Til fase' },
  decision: { da: 'Beslutning', nb: 'Beslutning' },
  checklist: { da: 'Tjekliste', nb: 'Sjekkliste' },
  minutes: { da: 'Referat', nb: 'Referat' },
  budget: { da: 'Budget', nb: 'Budsjett' },
  co_funding: { da: 'Medfinansiering', nb: 'Medfinansiering', en: 'Co-funding' },
  actual_cost: { da: 'Forbrugt', nb: 'Brukt', en: 'Spent' },
  forecast_cost: { da: 'Forventede omkostninger', nb: 'Prognose kostnad', en: 'Forecast cost' },
  npv: { da: 'Nutidsværdi', nb: 'Nåverdi', en: 'NPV' },
  realised_npv: { da: 'Realiseret nutidsværdi', nb: 'Realisert nåverdi', en: 'Realised NPV' },
  net_benefit: { da: 'Nettogevinst', nb: 'Nettogevinst' },
  payback_year: { da: 'Tilbagebetalingsår', nb: 'Tilbakebetalingsår' },
  realisation_rate: { da: 'Realiseringsgrad', nb: 'Realiseringsgrad' },
  cost_light: { da: 'Økonomi', nb: 'Økonomi', en: 'Cost' },
  schedule_light: { da: 'Tidsplan', nb: 'Tidsplan', en: 'Schedule' },
  benefit_light: { da: 'Gevinster', nb: 'Gevinster', en: 'Benefits' },
  group_by: { da: 'Grupperet efter', nb: 'Gruppert etter', en: 'Grouped by' },
  from_id: { da: 'Fra (id)', nb: 'Fra (id)', en: 'From (id)' },
  from: { da: 'Fra', nb: 'Fra' },
  to_id: { da: 'Til (id)', nb: 'Til (id)', en: 'To (id)' },
  to: { da: 'Til', nb: 'Til' },
  list: { da: 'Liste', nb: 'Liste' },
  label: { da: 'Betegnelse', nb: 'Betegnelse', en: 'Label' },
};

/** Which enum a column's values belong to (lists are separated by spaces in the SQL, ", " for people). */
const VALUE_KINDS: Record<string, { kind: LabelledEnum; list?: true }> = {
  phase: { kind: 'phase' },
  from_phase: { kind: 'phase' },
  to_phase: { kind: 'phase' },
  sector: { kind: 'sector' },
  roles: { kind: 'role', list: true },
  life_events: { kind: 'lifeEvent', list: true },
  common_components: { kind: 'component', list: true },
  category: { kind: 'costCategory' },
  kind: { kind: 'benefitKind' },
  unit: { kind: 'unit' },
  self_assessed: { kind: 'rag' },
  cost_computed: { kind: 'rag' },
  cost_override: { kind: 'rag' },
  schedule_computed: { kind: 'rag' },
  schedule_override: { kind: 'rag' },
  benefit_computed: { kind: 'rag' },
  benefit_override: { kind: 'rag' },
  cost_light: { kind: 'rag' },
  schedule_light: { kind: 'rag' },
  benefit_light: { kind: 'rag' },
  delivery_confidence: { kind: 'confidence' },
  office_confidence: { kind: 'confidence' },
};

const inWords = (header: string) => header.charAt(0).toUpperCase() + header.slice(1).replace(/_/g, ' ');

export function sheetName(name: string, language: LabelLanguage): string {
  return SHEETS[name]?.[language] ?? name;
}

export function headerText(header: string, language: LabelLanguage): string {
  const texts = HEADERS[header];
  if (language === 'en') return texts?.en ?? inWords(header);
  return texts?.[language] ?? inWords(header);
}

/** The columns with headers in `language` (types unchanged: numbers and dates keep their formats). */
export function columnsFor(columns: readonly Column[], language: LabelLanguage): Column[] {
  return columns.map((c) => ({ ...c, header: headerText(c.header, language) }));
}

/** One row with its enum codes said in `language` (a code without a label stays as it is). */
export function rowFor<T extends string | number | null | undefined>(
  columns: readonly Column[],
  values: readonly T[],
  language: LabelLanguage,
): (T | string)[] {
  return values.map((value, i) => {
    const held = VALUE_KINDS[columns[i]?.header ?? ''];
    if (!held || typeof value !== 'string' || value === '') return value;
    const labels = labelsOf(held.kind, language);
    return held.list
      ? value
          .split(/[\s,]+/)
          .filter(Boolean)
          .map((code) => labels[code] ?? code)
          .join(', ')
      : (labels[value] ?? value);
  });
}

export const CODES_COLUMNS: Column[] = [
  { header: 'list', type: 'text' },
  { header: 'code', type: 'text' },
  { header: 'label', type: 'text' },
];

/** Every enum value with its label in `language`: the codes sheet, for machines reading the report. */
export function codeRows(language: LabelLanguage): string[][] {
  const kinds = [...new Set(Object.values(VALUE_KINDS).map((v) => v.kind))];
  return kinds.flatMap((kind) => Object.entries(labelsOf(kind, language)).map(([code, label]) => [kind, code, label]));
}
