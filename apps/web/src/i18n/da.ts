// Danish texts (the default language). Issue-level i18n adds nb and en with the same keys.
export const da = {
  appName: 'Tværs',
  tagline: 'Fællesoffentlige digitaliseringsprojekter og deres gevinster',
  programme: 'Program',
  envelope: 'Ramme',
  budget: 'Budget i alt',
  projects: 'Projekter',
  search: 'Søg i projekter',
  phase: 'Fase',
  allPhases: 'Alle faser',
  code: 'Kode',
  title: 'Titel',
  track: 'Spor',
  partners: 'Partnere',
  lead: 'Projektejer',
  budgetColumn: 'Budget',
  spent: 'Forbrugt',
  loading: 'Henter …',
  empty: 'Ingen projekter matcher.',
  error: 'Kunne ikke hente data',
  shownOf: (shown: number, total: number) => `Viser ${shown} af ${total} projekter`,
  phases: {
    PROPOSED: 'Foreslået',
    APPROVED: 'Godkendt',
    EXECUTION: 'Gennemførelse',
    ROLLOUT: 'Udrulning',
    CLOSED: 'Afsluttet',
    CANCELLED: 'Annulleret',
  } as Record<string, string>,
};

export type Messages = typeof da;
