import { useId, useState } from 'react';
import type { AttachmentKind, ProjectPageQuery } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { downloadExport } from '../exports/download';
import { uploadEvidence } from './upload-evidence';

/**
 * The evidence files of one record: each downloadable (with the session token) and shown with its
 * SHA-256, and, for those who may change the record, a file input that uploads at once.
 */
/** An evidence file as the project page reads it (fragment Evidence). */
export type EvidenceFile = ProjectPageQuery['project']['costActuals'][number]['attachments'][number];

export function Evidence({
  kind,
  recordId,
  label,
  files,
  canUpload,
  onUploaded,
}: {
  kind: AttachmentKind;
  recordId: string;
  label: string;
  files: EvidenceFile[];
  canUpload: boolean;
  onUploaded?: () => void;
}) {
  const { t, format } = useI18n();
  const inputId = useId();
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setStatus(t.governance.uploading);
    try {
      await uploadEvidence(kind, recordId, file);
      setStatus(t.governance.uploaded(file.name));
      onUploaded?.();
    } catch (error) {
      setStatus(`${t.exports.failed}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  const download = (file: EvidenceFile) => {
    void downloadExport(`/attachments/${file.id}`, file.fileName, () => undefined).catch((error: Error) =>
      setStatus(`${t.exports.failed}: ${error.message}`),
    );
  };
  return (
    <div className="evidence" role="group" aria-label={t.governance.evidenceFor(label)}>
      {files.length === 0 ? (
        <span className="meta">{t.governance.noEvidence}</span>
      ) : (
        <ul className="evidence-list">
          {files.map((file) => (
            <li key={file.id}>
              <button type="button" className="link-button" onClick={() => download(file)}>
                {file.fileName}
              </button>{' '}
              <span className="meta">
                {format.number(file.size / 1024, 0)} KB · {file.uploadedBy?.name ?? t.common.none} · {format.dateTime(file.uploadedAt)} ·{' '}
                <abbr title={file.sha256}>SHA-256 {file.sha256.slice(0, 12)}…</abbr>
              </span>
            </li>
          ))}
        </ul>
      )}
      {canUpload && (
        <details className="evidence-upload">
          <summary>{t.governance.attach}</summary>
          <label htmlFor={inputId}>{t.governance.evidenceFor(label)}</label>{' '}
          <input
            id={inputId}
            type="file"
            disabled={busy}
            accept=".pdf,.png,.jpg,.jpeg,.xlsx,.docx,.csv,.txt"
            aria-describedby={`${inputId}-hint`}
            onChange={(e) => void upload(e.target.files?.[0]).then(() => (e.target.value = ''))}
          />
          <span className="meta" id={`${inputId}-hint`}>
            {t.governance.attachHint}
          </span>
        </details>
      )}
      <p role="status" className="meta">
        {status}
      </p>
    </div>
  );
}
