import { type ReactNode, useId, useState } from 'react';
import { TableScroll } from './TableScroll';
import { useI18n } from '../i18n';

/**
 * A chart with a title, a description and a visible "show as table" alternative: the table carries
 * the same numbers for screen readers, keyboard users and anyone who wants the exact amounts.
 */
export function ChartCard({ title, description, chart, table, actions, className }: { title: string; description?: string; chart: ReactNode; table: ReactNode; actions?: ReactNode; className?: string }) {
  const { t } = useI18n();
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  return (
    <section className={`card ${className ?? ''}`} aria-labelledby={`${id}-title`}>
      <div className="card-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <div className="card-actions">
          {actions}
          <button type="button" className="link-button" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
            {asTable ? t.common.showChart : t.common.showTable}
          </button>
        </div>
      </div>
      {description && <p className="card-description">{description}</p>}
      {asTable ? <TableScroll label={title}>{table}</TableScroll> : <figure className="chart" aria-label={title} data-chart={title}>{chart}</figure>}
    </section>
  );
}
