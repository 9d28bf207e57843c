import { useState } from 'react';
import { MergeOrganisationsDocument, type OrganisationRegisterQuery } from '../../generated/graphql';
import { FormMessage } from '../../components/Field';
import { useI18n } from '../../i18n';
import { request } from '../../lib/graphql';
import { refusalText } from '../../lib/refusal';
import { onSubmit } from '../../lib/use-form';

type Organisation = OrganisationRegisterQuery['organisations'][number];

/** ADMIN merges a duplicate into the organisation kept; the server moves every reference in one transaction. */
export function MergePanel({ organisations, onMerged }: { organisations: Organisation[]; onMerged: (message: string) => void }) {
  const { t } = useI18n();
  const [keepId, setKeepId] = useState('');
  const [duplicateId, setDuplicateId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const label = (o: Organisation) => `${o.name} (${o.country} ${o.identifier})`;
  const merge = async () => {
    const keep = organisations.find((o) => o.id === keepId);
    const duplicate = organisations.find((o) => o.id === duplicateId);
    setError(null);
    if (!keep || !duplicate) {
      setError(t.common.required);
      return;
    }
    try {
      await request(MergeOrganisationsDocument, {
        input: { keepId: keep.id, keepVersion: keep.version, duplicateId: duplicate.id, duplicateVersion: duplicate.version },
      });
      setKeepId('');
      setDuplicateId('');
      onMerged(t.register.merged(keep.name));
    } catch (e) {
      setError(refusalText(e, t.common.conflict));
    }
  };
  const select = (id: string, value: string, set: (v: string) => void, text: string, others: string) => (
    <div className="field">
      <label htmlFor={id}>{text}</label>
      <select id={id} value={value} onChange={(e) => set(e.target.value)}>
        <option value="">{t.register.choose}</option>
        {organisations
          .filter((o) => o.id !== others)
          .map((o) => (
            <option key={o.id} value={o.id}>
              {label(o)}
            </option>
          ))}
      </select>
    </div>
  );
  return (
    <section className="card" aria-labelledby="merge-title">
      <form noValidate onSubmit={onSubmit(merge)} aria-labelledby="merge-title">
        <h2 id="merge-title">{t.register.merge}</h2>
        <p>{t.register.mergeIntro}</p>
        <FormMessage message={error} />
        <div className="form-grid">
          {select('merge-keep', keepId, setKeepId, t.register.keep, duplicateId)}
          {select('merge-duplicate', duplicateId, setDuplicateId, t.register.duplicate, keepId)}
        </div>
        <button type="submit" disabled={!keepId || !duplicateId}>
          {t.register.mergeButton}
        </button>
      </form>
    </section>
  );
}
