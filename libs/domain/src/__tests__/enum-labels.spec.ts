import {
  COMMON_COMPONENTS,
  DELIVERY_CONFIDENCES,
  LIFE_EVENTS,
  PARTICIPATION_ROLES,
  PROJECT_PHASES,
  RAG_VALUES,
  SECTORS,
  BENEFIT_UNITS,
  BENEFIT_KINDS,
  COST_CATEGORIES,
  COUNTRIES,
} from '../enums.js';
import { COMPONENT_NAMES, ENUM_LABELS, LABEL_LANGUAGES } from '../enum-labels.js';

describe('enum labels', () => {
  const enums = {
    phase: PROJECT_PHASES,
    sector: SECTORS,
    lifeEvent: LIFE_EVENTS,
    rag: RAG_VALUES,
    confidence: DELIVERY_CONFIDENCES,
    role: PARTICIPATION_ROLES,
    unit: BENEFIT_UNITS,
    costCategory: COST_CATEGORIES,
    benefitKind: BENEFIT_KINDS,
    country: COUNTRIES,
  } as const;

  it.each(LABEL_LANGUAGES)('name every value of every enum in %s, and nothing else', (language) => {
    for (const [name, values] of Object.entries(enums)) {
      const labels: Record<string, string> = ENUM_LABELS[language][name as keyof typeof enums];
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
      for (const value of values) expect(labels[value]?.trim()).toBeTruthy();
    }
  });

  it('give each value its own label within an enum and language', () => {
    for (const language of LABEL_LANGUAGES) {
      for (const name of Object.keys(enums) as (keyof typeof enums)[]) {
        const labels = Object.values(ENUM_LABELS[language][name]);
        expect(new Set(labels).size).toBe(labels.length);
      }
    }
  });

  it('read back to one code whatever the language: a label never names two values of an enum', () => {
    for (const name of Object.keys(enums) as (keyof typeof enums)[]) {
      const codeOf = new Map<string, string>();
      for (const language of LABEL_LANGUAGES) {
        for (const [code, label] of Object.entries(ENUM_LABELS[language][name] as Record<string, string>)) {
          const key = label.toLocaleLowerCase('da');
          expect([undefined, code]).toContain(codeOf.get(key));
          codeOf.set(key, code);
        }
      }
    }
  });

  it('name every common component', () => {
    expect(Object.keys(COMPONENT_NAMES).sort()).toEqual([...COMMON_COMPONENTS].sort());
  });
});
