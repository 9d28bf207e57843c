import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { formatDate, formatDateTime, formatMillions, formatMoney, formatNumber, formatRate } from '../lib/format';
import type { Messages } from './da';

// Each language is a chunk of its own: a visit downloads the one it shows (about a third of all three),
// and another is fetched when the reader switches. main.tsx loads the first before anything is drawn.

/** The languages, in the picker's order, each named in itself. */
export const LANGUAGE_NAMES = { da: 'Dansk', nb: 'Norsk bokmål', en: 'English' } as const;
export type Language = keyof typeof LANGUAGE_NAMES;
const STORAGE_KEY = 'tvaers.language';

export function loadMessages(language: Language): Promise<Messages> {
  if (language === 'nb') return import('./nb').then((m) => m.nb);
  if (language === 'en') return import('./en').then((m) => m.en);
  return import('./da').then((m) => m.da);
}

export function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored && stored in LANGUAGE_NAMES) return stored as Language;
  } catch {
    // storage may be unavailable (private mode); Danish then
  }
  return 'da';
}

/** Formatting bound to the chosen language's locale. */
function formatters(t: Messages) {
  const locale = t.locale;
  return {
    money: (amount: string, currency: string, decimals = 0) => formatMoney(amount, currency, locale, decimals),
    millions: (amount: string) => formatMillions(amount, locale, t.millionsSuffix),
    /** Chart axes: millions without decimals, except those a tick has (up to three), so ticks stay apart. */
    axisMillions: (amount: string) => formatMillions(amount, locale, t.millionsSuffix, 0, 3),
    rate: (rate: string | null | undefined) => (rate == null ? t.common.none : formatRate(rate, locale)),
    number: (value: string | number, decimals = 1) => formatNumber(String(value), locale, decimals),
    date: (date: string | null | undefined) => (date ? formatDate(date, locale) : t.common.none),
    dateTime: (instant: string | null | undefined) => (instant ? formatDateTime(instant, locale) : t.common.none),
  };
}

interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Messages;
  format: ReturnType<typeof formatters>;
}

const I18nContext = createContext<I18n | null>(null);

/** `initial` is the stored language's messages, loaded before the first render (main.tsx). */
export function I18nProvider({ initial, children }: { initial: { language: Language; messages: Messages }; children: ReactNode }) {
  const [shown, setShown] = useState(initial);
  const value = useMemo<I18n>(
    () => ({
      language: shown.language,
      t: shown.messages,
      format: formatters(shown.messages),
      setLanguage: (next) => {
        try {
          localStorage.setItem(STORAGE_KEY, next);
        } catch {
          // not remembered, still switched
        }
        // The page stays in the old language for the moment the new one takes to arrive.
        void loadMessages(next).then((messages) => setShown({ language: next, messages }));
      },
    }),
    [shown],
  );
  const { language } = shown;
  useEffect(() => {
    document.documentElement.lang = language === 'nb' ? 'nb' : language;
    document.title = `${value.t.appName} – ${value.t.tagline}`;
  }, [language, value.t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
