import { MeasurementsToConfirmDocument } from '../../generated/graphql';
import { Async } from '../../components/Async';
import { useI18n } from '../../i18n';
import { Link } from '@tanstack/react-router';
import { useQuery } from '../../lib/use-query';

/** Validated savings waiting for their receiver's confirmation (a partner sees its organisation's). */
export function ToConfirmCard({ programmeId, currency }: { programmeId: string; currency: string }) {
  const { t, format } = useI18n();
  const state = useQuery(MeasurementsToConfirmDocument, { programmeId });
  return (
    <section className="card" aria-labelledby="to-confirm-title">
      <h2 id="to-confirm-title">{t.governance.toConfirm}</h2>
      <p className="card-description">{t.governance.toConfirmDescription}</p>
      <Async state={state}>
        {({ measurementsToConfirm }) =>
          measurementsToConfirm.length === 0 ? (
            <p>{t.governance.nothingToConfirm}</p>
          ) : (
            <ul className="plain-list">
              {measurementsToConfirm.slice(0, 12).map((m) => (
                <li key={m.id}>
                  <Link
                    to="/projects/$projectId/edit"
                    params={{ projectId: m.benefit.project.id }}
                    search={{ programme: programmeId }}
                    hash="edit-benefits-title"
                  >
                    {m.benefit.project.code} {m.benefit.title} {m.fiscalYear}
                  </Link>{' '}
                  · {m.benefit.unit === 'CURRENCY' ? format.money(m.value, currency) : format.number(m.value, 2)} ·{' '}
                  {m.benefit.receiver.name}
                </li>
              ))}
            </ul>
          )
        }
      </Async>
    </section>
  );
}
