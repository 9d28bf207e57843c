import { useState } from 'react';
import { AuditTrailDocument, VerifyAuditChainDocument, type AuditFilter, type VerifyAuditChainQuery } from '../../generated/graphql';
import { Async } from '../../components/Async';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n';
import { GraphqlError, request } from '../../lib/graphql';
import { can, useSession } from '../../lib/session';
import { useQuery } from '../../lib/use-query';

const TABLES = [
  'projects',
  'participations',
  'budget_lines',
  'cost_actuals',
  'benefits',
  'benefit_targets',
  'benefit_measurements',
  'milestones',
  'adoptions',
  'baselines',
  'status_reports',
  'programmes',
  'tracks',
  'organisations',
  'users',
];
const IGNORED = new Set(['version', 'updated_at', 'created_at']);

/** Field names whose value differs between before and after (all fields for an insert or delete). */
function changedFields(before: unknown, after: unknown): string[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (k) => !IGNORED.has(k) && JSON.stringify(b[k]) !== JSON.stringify(a[k]),
  );
}

/** The audit trail of a project or a programme, filterable, with the chain verification. */
export function AuditTrail({ scope, title }: { scope: Pick<AuditFilter, 'projectId' | 'programmeId'>; title: string }) {
  const { t, format } = useI18n();
  const session = useSession();
  const [entityType, setEntityType] = useState('');
  const [actor, setActor] = useState('');
  const [verification, setVerification] = useState<VerifyAuditChainQuery['verifyAuditChain'] | string | null>(null);
  const events = useQuery(AuditTrailDocument, {
    filter: { ...scope, entityType: entityType || undefined, actor: actor || undefined, first: 200 },
  });
  const verify = async () => {
    try {
      setVerification((await request(VerifyAuditChainDocument, {})).verifyAuditChain);
    } catch (error) {
      setVerification(error instanceof GraphqlError ? error.message : String(error));
    }
  };
  return (
    <section className="card" aria-labelledby="audit-title">
      <div className="card-head">
        <h2 id="audit-title">{title}</h2>
        {can.verifyAudit(session) && (
          <button type="button" onClick={() => void verify()}>
            {t.audit.verify}
          </button>
        )}
      </div>
      <div
        role="status"
        className={typeof verification === 'object' && verification ? (verification.ok ? 'verified' : 'form-message') : undefined}
      >
        {typeof verification === 'string'
          ? verification
          : verification &&
            (verification.ok
              ? `✔ ${t.audit.verified(verification.checked)}`
              : `✖ ${t.audit.broken(verification.firstBrokenSequence ?? '?', verification.reason ?? '')}`)}
      </div>
      <div className="filters">
        <div className="field">
          <label htmlFor="audit-table">{t.audit.filterTable}</label>
          <select id="audit-table" value={entityType} onChange={(e) => setEntityType(e.target.value)}>
            <option value="">{t.filters.all}</option>
            {TABLES.map((table) => (
              <option key={table} value={table}>
                {table}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-actor">{t.audit.filterActor}</label>
          <input id="audit-actor" type="search" value={actor} onChange={(e) => setActor(e.target.value)} />
        </div>
      </div>
      <Async state={events}>
        {({ auditEvents }) =>
          auditEvents.length === 0 ? (
            <p>{t.audit.none}</p>
          ) : (
            <TableScroll label={title}>
              <table>
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      {t.audit.sequence}
                    </th>
                    <th scope="col">{t.audit.at}</th>
                    <th scope="col">{t.audit.actor}</th>
                    <th scope="col">{t.audit.operation}</th>
                    <th scope="col">{t.audit.action}</th>
                    <th scope="col">{t.audit.entity}</th>
                    <th scope="col">{t.audit.changes}</th>
                  </tr>
                </thead>
                <tbody>
                  {auditEvents.map((e) => (
                    <tr key={e.sequence}>
                      <td className="num">{e.sequence}</td>
                      <td className="nowrap">{format.dateTime(e.at)}</td>
                      <td>{e.actorEmail}</td>
                      <td>{e.operation}</td>
                      <td>{e.action}</td>
                      <td>{e.entityType}</td>
                      <td>{changedFields(e.before, e.after).join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )
        }
      </Async>
    </section>
  );
}
