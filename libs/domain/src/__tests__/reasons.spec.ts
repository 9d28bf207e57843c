import { calendarDateProblem } from '../calendar-date.js';
import { fiscalYearProblem } from '../fiscal-year.js';
import { moneyProblem, quantityProblem } from '../money.js';
import { languageOfAcceptLanguage, reasonOf, reasonText } from '../reasons.js';
import { textProblem } from '../text-rules.js';
import { identifierProblem } from '../organisation-register.js';
import { DEFAULT_TOLERANCES, tolerancesProblem } from '../traffic-lights.js';

describe('reasons: stable codes and texts in three languages', () => {
  it('reads what the domain rules say into codes with parameters', () => {
    const produced = [
      moneyProblem('10.005'),
      moneyProblem('-5'),
      moneyProblem('1e400'),
      quantityProblem('1.00001'),
      fiscalYearProblem(1800),
      calendarDateProblem('2026-02-30'),
      calendarDateProblem('0000-01-01'),
      textProblem('a\u0000b'),
    ];
    for (const english of produced) {
      expect(english).toBeDefined();
      expect({ english, code: reasonOf(english!).code }).not.toMatchObject({ code: 'INVALID' });
    }
    expect(reasonOf(moneyProblem('10.005')!)).toEqual({ code: 'MAX_DECIMALS', params: { max: '2' } });
    expect(reasonText(reasonOf('"to millioner" is not a number'), 'da')).toBe('skal være et tal som "1250000.00" (fik "to millioner")');
  });

  it('says an invalid amount in Danish, Norwegian and English', () => {
    const reason = reasonOf('must have at most 2 decimals (got 10.005)');
    expect(reason).toEqual({ code: 'MAX_DECIMALS', params: { max: '2', got: '10.005' } });
    expect(reasonText(reason, 'da')).toBe('må højst have 2 decimaler (fik 10.005)');
    expect(reasonText(reason, 'nb')).toBe('kan ha høyst 2 desimaler (fikk 10.005)');
    expect(reasonText(reason, 'en')).toBe('must have at most 2 decimals (got 10.005)');
  });

  it('knows the import’s and the database’s common refusals too', () => {
    const danish = (english: string) => reasonText(reasonOf(english), 'da');
    expect(reasonOf('"31-13-2026" is not a date (write YYYY-MM-DD or DD-MM-YYYY)')).toEqual({
      code: 'NOT_A_DATE',
      params: { value: '31-13-2026' },
    });
    expect(danish("must not exceed 1000000000.00 (the programme's largest amount per line)")).toBe(
      'må ikke overstige 1000000000.00 (programmets største beløb pr. linje)',
    );
    expect(danish('must not be before plannedStart (2026-05-01)')).toBe('må ikke ligge før plannedStart (2026-05-01)');
    expect(danish('names LEAD twice')).toBe('LEAD står der to gange');
    expect(danish('is already used (code must be unique)')).toBe('er allerede brugt (code skal være entydig)');
    expect(reasonOf('"1,2,3" is not a number (more than one decimal comma)').code).toBe('NOT_A_NUMBER');
    expect(reasonText(reasonOf('is required for a PARTNER'), 'nb')).toBe('må fylles ut for en partner');
  });

  it('says every refusal of the organisation register and of the tolerances in Danish and Norwegian', () => {
    const produced = [
      identifierProblem('DK', 'STATE', '29190926'),
      identifierProblem('NO', 'STATE', '974760672'),
      identifierProblem('DK', 'STATE', 'ABC'),
      identifierProblem('NO', 'STATE', 'ABC'),
      identifierProblem('DK', 'MUNICIPALITY', '752'),
      identifierProblem('DK', 'REGION', '1086'),
      identifierProblem('NO', 'MUNICIPALITY', '0302'),
      identifierProblem('DK', 'STATE', '751'),
      identifierProblem('NO', 'STATE', '0301'),
      identifierProblem('DK', 'STATE', '1081'),
      tolerancesProblem({ ...DEFAULT_TOLERANCES, costAmberOverrunRate: '0.2' }),
      tolerancesProblem({ ...DEFAULT_TOLERANCES, scheduleAmberDays: 100 }),
      tolerancesProblem({ ...DEFAULT_TOLERANCES, benefitAmberRate: '0.99' }),
    ].map((problem) => problem!.message);
    for (const english of [...produced, 'is already registered for Aarhus Kommune']) {
      const reason = reasonOf(english);
      expect({ english, code: reason.code }).not.toMatchObject({ code: 'INVALID' });
      expect(reasonText(reason, 'en')).toBe(english);
      expect(reasonText(reason, 'da')).not.toBe(english);
      expect(reasonText(reason, 'nb')).not.toBe(english);
    }
    expect(reasonText(reasonOf(produced[0]!), 'da')).toBe('er ikke et gyldigt CVR-nummer: kontrolcifferet passer ikke');
  });

  it('gives the English text back in every language for a reason it does not know', () => {
    const reason = reasonOf('must tell what was realised in 20 to 50000 characters');
    expect(reason.code).toBe('INVALID');
    expect(reasonText(reason, 'da')).toBe('must tell what was realised in 20 to 50000 characters');
  });

  it('keeps the English wording of the rules it translates', () => {
    for (const english of [
      'must be a UUID',
      'must be at most 300 characters',
      'must be a whole number from 1 to 5',
      '"KAFFE" is not one of DK, NO',
    ]) {
      expect(reasonText(reasonOf(english), 'en')).toBe(english);
    }
  });

  it('reads Accept-Language by weight, with Norwegian variants as Bokmål and Danish by default', () => {
    expect(languageOfAcceptLanguage('da')).toBe('da');
    expect(languageOfAcceptLanguage('nb-NO,nb;q=0.9')).toBe('nb');
    expect(languageOfAcceptLanguage('nn')).toBe('nb');
    expect(languageOfAcceptLanguage('de-DE, en;q=0.5, da;q=0.8')).toBe('da');
    expect(languageOfAcceptLanguage('en-GB')).toBe('en');
    expect(languageOfAcceptLanguage('fr')).toBe('da');
    expect(languageOfAcceptLanguage(undefined)).toBe('da');
    expect(languageOfAcceptLanguage('da;q=0, en')).toBe('en');
  });
});
