import type { ImportLanguage } from './import-sheets.js';

// The words of the import template's instruction sheet, per language. The rules they describe are the
// ones import-plan.ts enforces; change both together.

export const INSTRUCTION_SHEET: Record<ImportLanguage, string> = { da: 'Vejledning', nb: 'Veiledning', en: 'Instructions' };
export const INSTRUCTION_SHEET_LABELS = Object.values(INSTRUCTION_SHEET);

interface TemplateTexts {
  title: string;
  programme: string;
  rules: string[];
  sheet: string;
  column: string;
  required: string;
  allowed: string;
  yes: string;
  tracks: string;
}

export const TEMPLATE_TEXTS: Record<ImportLanguage, TemplateTexts> = {
  da: {
    title: 'Import af projekter til Tværs',
    programme: 'Program',
    rules: [
      'Udfyld de ark, du har brug for; tomme ark springes over. Række 1 er overskrifter og må ikke ændres.',
      'Projekter kendes på projektkoden: findes koden i programmet, opdateres projektet, ellers oprettes det. Samme fil kan importeres igen uden dubletter.',
      'En tom celle ændrer ikke en eksisterende værdi. Import sletter aldrig noget; slet i webappen.',
      'Organisationer angives med identifikator (CVR-nr., org.nr. eller kommunekode), evt. med land foran: DK:29190925. Nye organisationer tilføjes på arket Organisationer.',
      'Beløb i programmets valuta med højst 2 decimaler; gevinstværdier med højst 4. Datoer som datoceller eller ÅÅÅÅ-MM-DD.',
      'Faste værdier (land, sektor, fase, kategori, art, enhed) vælges i rullelisten. Navnene på dansk, norsk eller engelsk og koderne (fx EXECUTION) godtages også, uanset store og små bogstaver.',
      'Lister (roller, livsbegivenheder, fælleskomponenter) adskilles med komma.',
      'Målinger importeres som indberettede og skal valideres i webappen. En valideret måling kan ikke ændres.',
      'Hele filen kontrolleres, før noget skrives. Er der fejl, skrives intet, og du får en liste med ark, række, kolonne og årsag.',
    ],
    sheet: 'Ark',
    column: 'Kolonne',
    required: 'Skal udfyldes',
    allowed: 'Tilladte værdier',
    yes: 'ja',
    tracks: 'Spor i programmet',
  },
  nb: {
    title: 'Import av prosjekter til Tværs',
    programme: 'Program',
    rules: [
      'Fyll ut arkene du trenger; tomme ark hoppes over. Rad 1 er overskrifter og må ikke endres.',
      'Prosjekter kjennes på prosjektkoden: finnes koden i programmet, oppdateres prosjektet, ellers opprettes det. Samme fil kan importeres på nytt uten duplikater.',
      'En tom celle endrer ikke en eksisterende verdi. Import sletter aldri noe; slett i webappen.',
      'Organisasjoner angis med identifikator (org.nr., CVR-nr. eller kommunenummer), ev. med land foran: NO:991825827. Nye organisasjoner legges til på arket Organisasjoner.',
      'Beløp i programmets valuta med høyst 2 desimaler; gevinstverdier med høyst 4. Datoer som datoceller eller ÅÅÅÅ-MM-DD.',
      'Faste verdier (land, sektor, fase, kategori, art, enhet) velges i nedtrekkslisten. Navnene på norsk, dansk eller engelsk og kodene (f.eks. EXECUTION) godtas også, uansett store og små bokstaver.',
      'Lister (roller, livshendelser, felleskomponenter) skilles med komma.',
      'Målinger importeres som rapporterte og må valideres i webappen. En validert måling kan ikke endres.',
      'Hele filen kontrolleres før noe skrives. Er det feil, skrives ingenting, og du får en liste med ark, rad, kolonne og årsak.',
    ],
    sheet: 'Ark',
    column: 'Kolonne',
    required: 'Må fylles ut',
    allowed: 'Tillatte verdier',
    yes: 'ja',
    tracks: 'Spor i programmet',
  },
  en: {
    title: 'Importing projects into Tværs',
    programme: 'Programme',
    rules: [
      'Fill in the sheets you need; empty sheets are skipped. Row 1 holds the headers; do not change them.',
      'Projects are known by their code: if the code exists in the programme the project is updated, otherwise it is created. The same file can be imported again without duplicates.',
      'An empty cell leaves an existing value unchanged. An import never deletes anything; delete in the web app.',
      'Organisations are named by identifier (CVR, org.nr or municipality code), optionally with the country first: DK:29190925. Add new organisations on the Organisations sheet.',
      "Amounts in the programme's currency with at most 2 decimals; benefit values with at most 4. Dates as date cells or YYYY-MM-DD.",
      'Fixed values (country, sector, phase, category, kind, unit) are chosen from the drop-down. Their Danish, Norwegian or English names and the codes (e.g. EXECUTION) are taken too, in any case.',
      'Lists (roles, life events, common components) are separated by commas.',
      'Measurements are imported as reported and must be validated in the web app. A validated measurement cannot be changed.',
      'The whole file is checked before anything is written. If there are errors nothing is written, and you get a list with sheet, row, column and reason.',
    ],
    sheet: 'Sheet',
    column: 'Column',
    required: 'Required',
    allowed: 'Allowed values',
    yes: 'yes',
    tracks: "The programme's tracks",
  },
};
