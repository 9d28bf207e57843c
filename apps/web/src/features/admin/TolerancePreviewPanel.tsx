import type { TolerancePreviewQuery } from '../../generated/graphql';
import { useI18n } from '../../i18n';

type Preview = TolerancePreviewQuery['tolerancePreview'];

/** What the tolerances being edited would do to the current lights: "7 of 35 projects would change colour". */
export function TolerancePreviewPanel({ preview, stale }: { preview: Preview; stale: boolean }) {
  const { t } = useI18n();
  const dimension = { COST: t.lights.cost, SCHEDULE: t.lights.schedule, BENEFIT: t.lights.benefit } as const;
  return (
    <section className="preview" aria-labelledby="tolerance-preview-title" aria-live="polite">
      <h3 id="tolerance-preview-title">{t.admin.previewTitle}</h3>
      <p>
        <strong>{t.admin.previewResult(preview.projectsChanging, preview.projectsCompared)}</strong>
      </p>
      {stale && <p className="hint">{t.admin.previewStale}</p>}
      {preview.changes.length > 0 && (
        <ul>
          {preview.changes.map((c) => (
            <li key={`${c.projectId}-${c.dimension}`}>
              {c.code} {c.title}: {t.admin.previewChange(dimension[c.dimension], t.rag[c.from], t.rag[c.to])}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
