import { useState } from 'react';
import { useI18n } from '../../i18n';
import { refusalText } from '../../lib/refusal';

/**
 * The settings page's per-row actions (rename a track, save a round …): each runs alone, says what it
 * did in a status line or why it was refused (the row's label first), and has the page re-read first.
 */
export function useRowActions(onChanged: () => Promise<void>) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  /** Runs `action`; true when it succeeded. */
  const act = async (action: () => Promise<unknown>, done: string, label?: string): Promise<boolean> => {
    setError(null);
    setStatus(null);
    try {
      await action();
      // Say "deleted" only once the re-read has dropped the row, never beside the row it names.
      await onChanged();
      setStatus(done);
      return true;
    } catch (e) {
      const reason = refusalText(e, t.common.conflict);
      setError(label ? `${label}: ${reason}` : reason);
      return false;
    }
  };
  return { error, status, setError, act };
}
