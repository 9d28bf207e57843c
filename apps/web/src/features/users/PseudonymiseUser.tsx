import { useId, useState } from 'react';
import { PseudonymiseUserDocument } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { request } from '../../lib/graphql';

/** Whether the user was pseudonymised already (the API gives them an address under pseudonym.invalid). */
export const isPseudonym = (email: string) => email.endsWith('@pseudonym.invalid');

/**
 * Forgetting a departed user (ADMIN): the button opens a reason field and a confirmation in the row,
 * since it cannot be undone. `act` runs the request and reports errors as the page does.
 */
export function PseudonymiseUser({
  user,
  act,
}: {
  user: { id: string; email: string };
  act: (action: () => Promise<unknown>) => Promise<void>;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const id = useId();
  if (!open)
    return (
      <button type="button" className="small" aria-label={`${t.users.pseudonymise}: ${user.email}`} onClick={() => setOpen(true)}>
        {t.users.pseudonymise}
      </button>
    );
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        void act(() => request(PseudonymiseUserDocument, { id: user.id, reason: reason.trim() }));
      }}
    >
      <p id={`${id}-help`} className="meta">
        {t.users.pseudonymiseHelp}
      </p>
      <label htmlFor={`${id}-reason`}>{t.users.pseudonymiseReason}</label>
      <input
        id={`${id}-reason`}
        value={reason}
        maxLength={500}
        required
        aria-describedby={`${id}-help`}
        autoFocus
        onChange={(e) => setReason(e.target.value)}
      />
      <button type="submit" className="small" disabled={reason.trim().length === 0}>
        {t.users.pseudonymiseConfirm}
      </button>
      <button type="button" className="small" onClick={() => setOpen(false)}>
        {t.common.cancel}
      </button>
    </form>
  );
}
