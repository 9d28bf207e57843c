import { type ReactElement, type ReactNode, useId, useState } from 'react';
import { ResponsiveContainer } from 'recharts';
import { TableScroll } from './TableScroll';
import { useI18n } from '../i18n';
import { useWidthWhenVisible } from '../lib/use-width-when-visible';

/**
 * A chart with a title, a description and a visible "show as table" alternative: the table carries
 * the same numbers for screen readers, keyboard users and anyone who wants the exact amounts. `chart`
 * is a Recharts chart drawn at the card's full width and `chartHeight`; the area keeps that height from
 * the first paint, and the chart is drawn when the card comes near the viewport, so nothing moves and
 * the first paint draws only what is seen.
 */
export function ChartCard({ title, description, chart, table, actions, className, chartHeight = 280 }: { title: string; description?: string; chart: ReactElement; table: ReactNode; actions?: ReactNode; className?: string; chartHeight?: number }) {
  const { t } = useI18n();
  const [asTable, setAsTable] = useState(false);
  const [figure, drawnWidth] = useWidthWhenVisible<HTMLElement>();
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
      {asTable ? <TableScroll label={title}>{table}</TableScroll> : (
        <figure ref={figure} className="chart" aria-label={title} data-chart={title} style={{ minHeight: chartHeight }}>
          {drawnWidth !== undefined && (
            <ResponsiveContainer width="100%" height={chartHeight} initialDimension={{ width: drawnWidth, height: chartHeight }}>
              {chart}
            </ResponsiveContainer>
          )}
        </figure>
      )}
    </section>
  );
}
