import type { LabelLanguage } from './enum-labels.js';

// Why an input was refused, as a stable code with parameters and a text in each language. The rules
// (here and in the API) word their reasons in English; `reasonOf` reads such a text back into its code
// and parameters, and `reasonText` says it in the reader's language. A reason no pattern knows keeps
// its English text under the code INVALID, so a new rule is never silent, only untranslated.

export type ReasonParams = Record<string, string>;

export interface Reason {
  code: string;
  params: ReasonParams;
}

interface ReasonRule {
  code: string;
  /** Matches the English text; named groups become the parameters. */
  pattern: RegExp;
  texts: Record<LabelLanguage, (p: ReasonParams) => string>;
}

const got = (p: ReasonParams, word: string) => (p['got'] ? ` (${word} ${p['got']})` : '');
const gotValue = (p: ReasonParams, word: string) => (p['value'] !== undefined ? ` (${word} "${p['value']}")` : got(p, word));

const RULES: ReasonRule[] = [
  {
    code: 'MAX_DECIMALS',
    pattern: /^must have at most (?<max>\d+) decimals(?: \(got (?<got>[^)]+)\))?$/,
    texts: {
      en: (p) => `must have at most ${p['max']} decimals${got(p, 'got')}`,
      da: (p) => `må højst have ${p['max']} decimaler${got(p, 'fik')}`,
      nb: (p) => `kan ha høyst ${p['max']} desimaler${got(p, 'fikk')}`,
    },
  },
  {
    code: 'NOT_NEGATIVE',
    pattern: /^must not be negative(?<note> \(.*\))?$/,
    texts: {
      en: (p) => `must not be negative${p['note'] ?? ''}`,
      da: (p) => `må ikke være negativ${p['note'] ? ' (en ulempe tæller negativt i kraft af sin art)' : ''}`,
      nb: (p) => `kan ikke være negativ${p['note'] ? ' (en ulempe teller negativt i kraft av sin art)' : ''}`,
    },
  },
  {
    code: 'NOT_ZERO',
    pattern: /^must not be zero$/,
    texts: { en: () => 'must not be zero', da: () => 'må ikke være nul', nb: () => 'kan ikke være null' },
  },
  {
    code: 'TOO_LARGE',
    pattern: /^is too large$/,
    texts: { en: () => 'is too large', da: () => 'er for stort', nb: () => 'er for stort' },
  },
  {
    code: 'NOT_FINITE',
    pattern: /^is not a finite number$/,
    texts: { en: () => 'is not a finite number', da: () => 'er ikke et endeligt tal', nb: () => 'er ikke et endelig tall' },
  },
  {
    code: 'NOT_A_NUMBER',
    pattern:
      /^(?:must be a decimal (?:string|number) such as .*|Decimal must be a string such as "[^"]*", got (?<got>.*)|"(?<value>.*)" is not a number(?: \(more than one decimal comma\))?|is not a number)$/,
    texts: {
      en: (p) => `must be a number such as "1250000.00"${gotValue(p, 'got')}`,
      da: (p) => `skal være et tal som "1250000.00"${gotValue(p, 'fik')}`,
      nb: (p) => `må være et tall som "1250000.00"${gotValue(p, 'fikk')}`,
    },
  },
  {
    code: 'MUST_BE_UUID',
    pattern: /^must be a UUID$/,
    texts: { en: () => 'must be a UUID', da: () => 'skal være et UUID', nb: () => 'må være en UUID' },
  },
  {
    code: 'YEAR_RANGE',
    pattern: /^must be (?:a year between (?<min>\d+) and (?<max>\d+)|a fiscal year from (?<from>\d+) to (?<to>\d+).*)$/,
    texts: {
      en: (p) => `must be a year from ${p['min'] ?? p['from']} to ${p['max'] ?? p['to']}`,
      da: (p) => `skal være et år fra ${p['min'] ?? p['from']} til ${p['max'] ?? p['to']}`,
      nb: (p) => `må være et år fra ${p['min'] ?? p['from']} til ${p['max'] ?? p['to']}`,
    },
  },
  {
    code: 'DATE_YEARS',
    pattern: /^must be a date in the years (?<min>\d+)–(?<max>\d+)$/,
    texts: {
      en: (p) => `must be a date in the years ${p['min']}–${p['max']}`,
      da: (p) => `skal være en dato i årene ${p['min']}–${p['max']}`,
      nb: (p) => `må være en dato i årene ${p['min']}–${p['max']}`,
    },
  },
  {
    code: 'CALENDAR_DATE',
    pattern: /^must be a real calendar date as "YYYY-MM-DD"$/,
    texts: {
      en: () => 'must be a real calendar date as "YYYY-MM-DD"',
      da: () => 'skal være en rigtig kalenderdato som "ÅÅÅÅ-MM-DD"',
      nb: () => 'må være en ekte kalenderdato som "ÅÅÅÅ-MM-DD"',
    },
  },
  {
    code: 'MAX_LENGTH',
    pattern: /^must be at most (?<max>\d+) characters$/,
    texts: {
      en: (p) => `must be at most ${p['max']} characters`,
      da: (p) => `må højst være ${p['max']} tegn`,
      nb: (p) => `kan være høyst ${p['max']} tegn`,
    },
  },
  {
    code: 'MIN_LENGTH',
    pattern: /^must (?:be|have) at least (?<min>\d+) characters$/,
    texts: {
      en: (p) => `must be at least ${p['min']} characters`,
      da: (p) => `skal være mindst ${p['min']} tegn`,
      nb: (p) => `må være minst ${p['min']} tegn`,
    },
  },
  {
    code: 'WHOLE_NUMBER_RANGE',
    pattern: /^must be a whole number from (?<min>-?\d+) to (?<max>-?\d+)$/,
    texts: {
      en: (p) => `must be a whole number from ${p['min']} to ${p['max']}`,
      da: (p) => `skal være et helt tal fra ${p['min']} til ${p['max']}`,
      nb: (p) => `må være et heltall fra ${p['min']} til ${p['max']}`,
    },
  },
  {
    code: 'ONE_OF',
    pattern: /^(?:"(?<value>[^"]*)" is not|must be) one of (?<allowed>.+)$/,
    texts: {
      en: (p) => (p['value'] !== undefined ? `"${p['value']}" is not one of ${p['allowed']}` : `must be one of ${p['allowed']}`),
      da: (p) => (p['value'] !== undefined ? `"${p['value']}" er ikke en af ${p['allowed']}` : `skal være en af ${p['allowed']}`),
      nb: (p) => (p['value'] !== undefined ? `"${p['value']}" er ikke en av ${p['allowed']}` : `må være en av ${p['allowed']}`),
    },
  },
  {
    code: 'ABOVE_MOST_LIKELY',
    pattern: /^must not exceed the most likely value (?<value>.+)$/,
    texts: {
      en: (p) => `must not exceed the most likely value ${p['value']}`,
      da: (p) => `må ikke overstige den mest sandsynlige værdi ${p['value']}`,
      nb: (p) => `kan ikke overstige den mest sannsynlige verdien ${p['value']}`,
    },
  },
  {
    code: 'BELOW_MOST_LIKELY',
    pattern: /^must not be below the most likely value (?<value>.+)$/,
    texts: {
      en: (p) => `must not be below the most likely value ${p['value']}`,
      da: (p) => `må ikke være under den mest sandsynlige værdi ${p['value']}`,
      nb: (p) => `kan ikke være under den mest sannsynlige verdien ${p['value']}`,
    },
  },
  {
    code: 'NUL_CHARACTERS',
    pattern: /^must not contain (?:NUL|control) characters$/,
    texts: {
      en: () => 'must not contain NUL or control characters',
      da: () => 'må ikke indeholde NUL- eller kontroltegn',
      nb: () => 'kan ikke inneholde NUL- eller kontrolltegn',
    },
  },
  {
    code: 'CONTROL_CHARACTER',
    pattern:
      /^contains (?:the control character or non-character (?<char>U\+[0-9A-F]+) at character (?<at>\d+); remove it|invalid Unicode \(a lone surrogate, (?<surrogate>U\+[0-9A-F]+)\) at character (?<position>\d+))$/,
    texts: {
      en: (p) =>
        `contains the character ${p['char'] ?? p['surrogate']} at character ${p['at'] ?? p['position']}, which cannot be stored; remove it`,
      da: (p) => `indeholder tegnet ${p['char'] ?? p['surrogate']} på plads ${p['at'] ?? p['position']}, som ikke kan gemmes; fjern det`,
      nb: (p) => `inneholder tegnet ${p['char'] ?? p['surrogate']} på plass ${p['at'] ?? p['position']}, som ikke kan lagres; fjern det`,
    },
  },
  {
    code: 'NOT_A_DATE',
    pattern: /^"(?<value>.*)" is not a date \(write YYYY-MM-DD or DD-MM-YYYY\)$/,
    texts: {
      en: (p) => `"${p['value']}" is not a date (write YYYY-MM-DD or DD-MM-YYYY)`,
      da: (p) => `"${p['value']}" er ikke en dato (skriv ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ)`,
      nb: (p) => `"${p['value']}" er ikke en dato (skriv ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ)`,
    },
  },
  {
    code: 'ABOVE_LINE_MAXIMUM',
    pattern: /^must not exceed (?<max>[\d.]+) \(the programme['’]s largest amount per line\)$/,
    texts: {
      en: (p) => `must not exceed ${p['max']} (the programme's largest amount per line)`,
      da: (p) => `må ikke overstige ${p['max']} (programmets største beløb pr. linje)`,
      nb: (p) => `kan ikke overstige ${p['max']} (programmets største beløp per linje)`,
    },
  },
  {
    code: 'NOT_BEFORE',
    pattern: /^must not be before (?:the start year (?<year>\d+)|(?<field>\w+) \((?<date>[^)]+)\))$/,
    texts: {
      en: (p) => `must not be before ${p['year'] ? `the start year ${p['year']}` : `${p['field']} (${p['date']})`}`,
      da: (p) => `må ikke ligge før ${p['year'] ? `startåret ${p['year']}` : `${p['field']} (${p['date']})`}`,
      nb: (p) => `kan ikke ligge før ${p['year'] ? `startåret ${p['year']}` : `${p['field']} (${p['date']})`}`,
    },
  },
  {
    code: 'TWICE',
    pattern: /^(?:names (?<named>.+) twice|(?<value>.+) appears twice)$/,
    texts: {
      en: (p) => (p['named'] ? `names ${p['named']} twice` : `${p['value']} appears twice`),
      da: (p) => `${p['named'] ?? p['value']} står der to gange`,
      nb: (p) => `${p['named'] ?? p['value']} står der to ganger`,
    },
  },
  {
    code: 'ALREADY_USED',
    pattern: /^is already used \((?<columns>.+) must be unique\)$/,
    texts: {
      en: (p) => `is already used (${p['columns']} must be unique)`,
      da: (p) => `er allerede brugt (${p['columns']} skal være entydig)`,
      nb: (p) => `er allerede brukt (${p['columns']} må være unik)`,
    },
  },
  {
    code: 'UNKNOWN_ORGANISATION',
    pattern: /^no organisation has this id$/,
    texts: {
      en: () => 'no organisation has this id',
      da: () => 'ingen organisation har dette id',
      nb: () => 'ingen organisasjon har denne id-en',
    },
  },
  {
    code: 'REQUIRED_FOR_PARTNER',
    pattern: /^is required for a PARTNER$/,
    texts: { en: () => 'is required for a PARTNER', da: () => 'skal udfyldes for en partner', nb: () => 'må fylles ut for en partner' },
  },
  {
    code: 'SPREADSHEET_ERROR',
    pattern: /^holds the spreadsheet error (?<error>.+)$/,
    texts: {
      en: (p) => `holds the spreadsheet error ${p['error']}`,
      da: (p) => `indeholder regnearksfejlen ${p['error']}`,
      nb: (p) => `inneholder regnearkfeilen ${p['error']}`,
    },
  },
  {
    code: 'MAX_VALUES',
    pattern: /^must have at most (?<max>\d+) values$/,
    texts: {
      en: (p) => `must have at most ${p['max']} values`,
      da: (p) => `må højst have ${p['max']} værdier`,
      nb: (p) => `kan ha høyst ${p['max']} verdier`,
    },
  },
  {
    code: 'REQUIRED',
    pattern: /^(?:must be filled in|is required)$/,
    texts: { en: () => 'must be filled in', da: () => 'skal udfyldes', nb: () => 'må fylles ut' },
  },
  {
    code: 'CHECK_DIGIT',
    pattern: /^is not a valid (?<register>CVR number|organisasjonsnummer): the check digit does not match$/,
    texts: {
      en: (p) => `is not a valid ${p['register']}: the check digit does not match`,
      da: (p) => `er ikke et gyldigt ${p['register'] === 'CVR number' ? 'CVR-nummer' : 'organisasjonsnummer'}: kontrolcifferet passer ikke`,
      nb: (p) =>
        `er ikke et gyldig ${p['register'] === 'CVR number' ? 'CVR-nummer' : 'organisasjonsnummer'}: kontrollsifferet stemmer ikke`,
    },
  },
  {
    code: 'IDENTIFIER_SHAPE_DK',
    pattern: /^must be a CVR number \(8 digits\), a municipality code \(3 digits, e\.g\. 751\) or a region code \(1081–1085\)$/,
    texts: {
      en: () => 'must be a CVR number (8 digits), a municipality code (3 digits, e.g. 751) or a region code (1081–1085)',
      da: () => 'skal være et CVR-nummer (8 cifre), en kommunekode (3 cifre, fx 751) eller en regionskode (1081–1085)',
      nb: () => 'må være et CVR-nummer (8 sifre), en dansk kommunekode (3 sifre, f.eks. 751) eller en regionskode (1081–1085)',
    },
  },
  {
    code: 'IDENTIFIER_SHAPE_NO',
    pattern: /^must be an organisasjonsnummer \(9 digits\) or a municipality number \(4 digits, e\.g\. 0301\)$/,
    texts: {
      en: () => 'must be an organisasjonsnummer (9 digits) or a municipality number (4 digits, e.g. 0301)',
      da: () => 'skal være et organisasjonsnummer (9 cifre) eller et norsk kommunenummer (4 cifre, fx 0301)',
      nb: () => 'må være et organisasjonsnummer (9 sifre) eller et kommunenummer (4 sifre, f.eks. 0301)',
    },
  },
  {
    code: 'IDENTIFIER_SHAPE',
    pattern: /^must be a CVR number or org\.nr \(8 or 9 digits\) or a municipality or region code \(3 or 4 digits\)$/,
    texts: {
      en: () => 'must be a CVR number or org.nr (8 or 9 digits) or a municipality or region code (3 or 4 digits)',
      da: () => 'skal være et CVR-nummer eller org.nr. (8 eller 9 cifre) eller en kommune- eller regionskode (3 eller 4 cifre)',
      nb: () => 'må være et CVR-nummer eller org.nr. (8 eller 9 sifre) eller en kommune- eller regionskode (3 eller 4 sifre)',
    },
  },
  {
    code: 'NOT_ON_REFERENCE_LIST',
    pattern:
      /^is not (?<list>one of the 98 Danish municipality codes|a Danish region code \(1081–1085\)|a Norwegian municipality number \(2024 numbering\))$/,
    texts: {
      en: (p) => `is not ${p['list']}`,
      da: (p) =>
        p['list']!.startsWith('one')
          ? 'er ikke en af de 98 danske kommunekoder'
          : p['list']!.startsWith('a Danish')
            ? 'er ikke en dansk regionskode (1081–1085)'
            : 'er ikke et norsk kommunenummer (nummereringen fra 2024)',
      nb: (p) =>
        p['list']!.startsWith('one')
          ? 'er ikke en av de 98 danske kommunekodene'
          : p['list']!.startsWith('a Danish')
            ? 'er ikke en dansk regionskode (1081–1085)'
            : 'er ikke et norsk kommunenummer (nummereringen fra 2024)',
    },
  },
  {
    code: 'SECTOR_OF_IDENTIFIER',
    pattern: /^must be (?<sector>MUNICIPALITY|REGION) for a (?<kind>municipality code|municipality number|region code)$/,
    texts: {
      en: (p) => `must be ${p['sector']} for a ${p['kind']}`,
      da: (p) => (p['sector'] === 'REGION' ? 'skal være region for en regionskode' : 'skal være kommune for en kommunekode'),
      nb: (p) => (p['sector'] === 'REGION' ? 'må være region for en regionskode' : 'må være kommune for et kommunenummer'),
    },
  },
  {
    code: 'ALREADY_REGISTERED',
    pattern: /^is already registered for (?<name>.+)$/,
    texts: {
      en: (p) => `is already registered for ${p['name']}`,
      da: (p) => `er allerede registreret for ${p['name']}`,
      nb: (p) => `er allerede registrert for ${p['name']}`,
    },
  },
  {
    code: 'TOLERANCE_ORDER',
    pattern: /^must not exceed the (?<bound>red cost overrun rate|red schedule days|green benefit rate) \((?<value>[^)]+)\)$/,
    texts: {
      en: (p) => `must not exceed the ${p['bound']} (${p['value']})`,
      da: (p) =>
        `må ikke overstige ${{ 'red cost overrun rate': 'den røde grænse for budgetoverskridelse', 'red schedule days': 'den røde grænse for forsinkelse i dage', 'green benefit rate': 'den grønne grænse for gevinstrealisering' }[p['bound']!]} (${p['value']})`,
      nb: (p) =>
        `kan ikke overstige ${{ 'red cost overrun rate': 'den røde grensen for budsjettoverskridelse', 'red schedule days': 'den røde grensen for forsinkelse i dager', 'green benefit rate': 'den grønne grensen for gevinstrealisering' }[p['bound']!]} (${p['value']})`,
    },
  },
  {
    code: 'HALF_YEAR',
    pattern: /^must be a half-year such as 2026-H1$/,
    texts: {
      en: () => 'must be a half-year such as 2026-H1',
      da: () => 'skal være et halvår som 2026-H1',
      nb: () => 'må være et halvår som 2026-H1',
    },
  },
];

const BY_CODE = new Map(RULES.map((rule) => [rule.code, rule]));

/** The stable codes a reason can have (INVALID: a reason without a translation yet). */
export const REASON_CODES = [...RULES.map((rule) => rule.code), 'INVALID'] as const;

/** The code and parameters of an English reason text. */
export function reasonOf(english: string): Reason {
  for (const rule of RULES) {
    const match = rule.pattern.exec(english);
    if (match) {
      const params = Object.fromEntries(
        Object.entries(match.groups ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined),
      );
      return { code: rule.code, params };
    }
  }
  return { code: 'INVALID', params: { text: english } };
}

/** The reason in `language`; INVALID says its English text. */
export function reasonText(reason: Reason, language: LabelLanguage): string {
  const rule = BY_CODE.get(reason.code);
  return rule ? rule.texts[language](reason.params) : (reason.params['text'] ?? reason.code);
}

/** "Invalid input" in each language: the start of a refusal's message. */
export const INVALID_INPUT_TEXT: Record<LabelLanguage, string> = {
  en: 'Invalid input',
  da: 'Ugyldige oplysninger',
  nb: 'Ugyldige opplysninger',
};

/** The language of an Accept-Language header: the first of da, nb (also no, nn) or en it names; else `fallback`. */
export function languageOfAcceptLanguage(header: string | undefined | null, fallback: LabelLanguage = 'da'): LabelLanguage {
  const tags = (header ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.map((r) => /^\s*q=([\d.]+)\s*$/.exec(r)?.[1]).find(Boolean);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((t) => t.tag && t.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of tags) {
    const primary = tag.split('-')[0];
    if (primary === 'da') return 'da';
    if (primary === 'nb' || primary === 'no' || primary === 'nn') return 'nb';
    if (primary === 'en') return 'en';
  }
  return fallback;
}
