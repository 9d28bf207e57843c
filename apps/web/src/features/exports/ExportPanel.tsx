import { useState } from 'react';
import { useI18n } from '../../i18n';
import { can, useSession } from '../../lib/session';
import { downloadExport } from './download';

const TABLES = [
  'projects',
  'partners',
  'budget',
  'costs',
  'benefits',
  'measurements',
  'business-case',
  'status',
  'risks',
  'gates',
  'settlement',
] as const;

/**
 * Export buttons for a programme: CSV per table, with the Nordic dialect as an option. The PDF briefing
 * honours the dashboard's filters (`filterQuery`, in the URL's own parameter names).
 */
export function ExportPanel({ programmeId, filterQuery = '' }: { programmeId: string; filterQuery?: string }) {
  const { t, format, language } = useI18n();
  const session = useSession();
  const [nordic, setNordic] = useState(t.locale !== 'en-GB');
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (path: string, fileName: string) => {
    setBusy(true);
    setStatus(t.exports.starting);
    try {
      await downloadExport(path, fileName, (bytes) => setStatus(t.exports.progress(format.number(bytes / 1024, 0))));
      setStatus(t.exports.done(fileName));
    } catch (error) {
      setStatus(`${t.exports.failed}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  const dialect = nordic ? '?dialect=nordic' : '';
  return (
    <section className="card" aria-labelledby="exports-title">
      <h2 id="exports-title">{t.exports.title}</h2>
      <p className="card-description">{t.exports.description}</p>
      <label className="checkbox">
        <input type="checkbox" checked={nordic} onChange={(e) => setNordic(e.target.checked)} />
        {t.exports.nordic}
      </label>
      <div className="export-buttons">
        {TABLES.map((table) => (
          <button
            key={table}
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => void run(`/exports/programmes/${programmeId}/${table}.csv${dialect}`, `${table}.csv`)}
          >
            {t.exports.tables[table]} (CSV)
          </button>
        ))}
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void run(`/exports/programmes/${programmeId}/portfolio.xlsx?lang=${language}`, 'portfolio.xlsx')}
        >
          {t.exports.workbook} (XLSX)
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() =>
            void run(
              `/exports/programmes/${programmeId}/portfolio.pdf?lang=${language}${filterQuery ? `&${filterQuery}` : ''}`,
              'portfolio.pdf',
            )
          }
        >
          {t.exports.briefing} (PDF)
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void run(`/exports/programmes/${programmeId}/iati.xml`, 'iati-activities.xml')}
        >
          IATI 2.03 (XML)
        </button>
        {can.readAudit(session, programmeId) && (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => void run(`/exports/programmes/${programmeId}/evidence.zip`, 'evidence.zip')}
          >
            {t.governance.evidenceZip} (ZIP)
          </button>
        )}
        {can.verifyAudit(session) && (
          <>
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() => void run(`/exports/audit.csv${dialect}`, 'audit.csv')}
            >
              {t.exports.audit} (CSV)
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={() => void run('/exports/audit.xlsx', 'audit.xlsx')}>
              {t.exports.audit} (XLSX)
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={() => void run('/exports/audit.zip', 'audit.zip')}>
              {t.exports.auditPackage} (ZIP)
            </button>
          </>
        )}
      </div>
      <p role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
