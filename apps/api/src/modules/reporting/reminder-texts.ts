import type { LabelLanguage, ReminderKind } from '@tvaers/domain';

// The reminder in the recipient's chosen language; without a choice, in the programme's language
// (DKK: Danish, NOK: Norwegian) with English below, since a joint programme's partners do not all read
// the same language.

export interface ReminderFacts {
  programme: string;
  code: string;
  title: string;
  period: string;
  dueDate: string;
  link: string;
}

type Texts = Record<ReminderKind, { title: (f: ReminderFacts) => string; body: (f: ReminderFacts) => string }>;

const DA: Texts = {
  DUE_SOON: {
    title: (f) => `Statusrapport for ${f.code} skal indsendes senest ${f.dueDate}`,
    body: (f) => `${f.programme}: statusrapporten for ${f.period} for ${f.code} ${f.title} skal indsendes senest ${f.dueDate}.`,
  },
  OVERDUE: {
    title: (f) => `Statusrapport for ${f.code} er forsinket`,
    body: (f) => `${f.programme}: statusrapporten for ${f.period} for ${f.code} ${f.title} skulle være indsendt ${f.dueDate}.`,
  },
};
const NB: Texts = {
  DUE_SOON: {
    title: (f) => `Statusrapport for ${f.code} skal sendes inn innen ${f.dueDate}`,
    body: (f) => `${f.programme}: statusrapporten for ${f.period} for ${f.code} ${f.title} skal sendes inn innen ${f.dueDate}.`,
  },
  OVERDUE: {
    title: (f) => `Statusrapport for ${f.code} er forsinket`,
    body: (f) => `${f.programme}: statusrapporten for ${f.period} for ${f.code} ${f.title} skulle vært sendt inn ${f.dueDate}.`,
  },
};
const EN: Texts = {
  DUE_SOON: {
    title: (f) => `Status report for ${f.code} is due by ${f.dueDate}`,
    body: (f) => `${f.programme}: the status report for ${f.period} of ${f.code} ${f.title} is due by ${f.dueDate}.`,
  },
  OVERDUE: {
    title: (f) => `Status report for ${f.code} is overdue`,
    body: (f) => `${f.programme}: the status report for ${f.period} of ${f.code} ${f.title} was due on ${f.dueDate}.`,
  },
};

function localTexts(currency: string): Texts | undefined {
  return currency === 'DKK' ? DA : currency === 'NOK' ? NB : undefined;
}

const BY_LANGUAGE: Record<LabelLanguage, Texts> = { da: DA, nb: NB, en: EN };

/** The notification and the mail: in `language` when the recipient chose one, else as said above. */
export function reminderTexts(
  kind: ReminderKind,
  currency: string,
  language: LabelLanguage | null,
  facts: ReminderFacts,
): { title: string; body: string; mailBody: string } {
  const local = language ? BY_LANGUAGE[language] : (localTexts(currency) ?? EN);
  const title = local[kind].title(facts);
  const body = local[kind].body(facts);
  const english = local === EN || language ? '' : `\n\n${EN[kind].body(facts)}`;
  return { title, body, mailBody: `${body}${english}\n\n${facts.link}\n` };
}
