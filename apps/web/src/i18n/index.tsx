import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { formatDate, formatDateTime, formatMillions, formatMoney, formatNumber, formatRate } from '../lib/format';
import { da, type Messages } from './da';
import { en } from './en';
import { nb } from './nb';

export const LANGUAGES = { da, nb, en } as const;
export type Language = keyof typeof LANGUAGES;
const STORAGE_KEY = 'tvaers.language';

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored && stored in LANGUAGES) return stored as Language;
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

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);
  const value = useMemo<I18n>(() => {
    const t = LANGUAGES[language];
    return {
      language,
      t,
      format: formatters(t),
      setLanguage: (next) => {
        try {
          localStorage.setItem(STORAGE_KEY, next);
        } catch {
          // not remembered, still switched
        }
        setLanguageState(next);
      },
    };
  }, [language]);
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
