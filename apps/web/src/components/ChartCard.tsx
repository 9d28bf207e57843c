import { cloneElement, type ReactElement, type ReactNode, useId, useState } from 'react';
import { TableScroll } from './TableScroll';
import { useI18n } from '../i18n';
import { useWidthWhenVisible } from '../lib/use-width-when-visible';

/** One series in a chart's legend: its name, colour and, for a line, its dash pattern ('' for solid); bars without. */
export interface LegendEntry {
  label: string;
  colour: string;
  dash?: string;
}

/** The width a chart is drawn at where the page cannot be measured (tests without observers). */
const UNMEASURED_WIDTH = 600;

/**
 * A chart with a title, a description and a visible "show as table" alternative: the table carries
 * the same numbers for screen readers, keyboard users and anyone who wants the exact amounts. `chart`
 * is a Recharts chart drawn at the card's full width and `chartHeight`; the area keeps that height from
 * the first paint, and the chart is drawn when the card comes near the viewport, so nothing moves and
 * the first paint draws only what is seen. The legend is HTML under the chart: Recharts' own legend
 * measures itself after drawing and draws the chart again around it.
 */
export function ChartCard({
  title,
  description,
  chart,
  table,
  legend,
  actions,
  className,
  chartHeight = 280,
}: {
  title: string;
  description?: string;
  chart: ReactElement<{ width?: number; height?: number }>;
  table: ReactNode;
  legend?: readonly LegendEntry[];
  actions?: ReactNode;
  className?: string;
  chartHeight?: number;
}) {
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
      {asTable ? (
        <TableScroll label={title}>{table}</TableScroll>
      ) : (
        <figure ref={figure} className="chart" aria-label={title} data-chart={title}>
          <div className="chart-area" style={{ height: chartHeight }}>
            {drawnWidth !== undefined &&
              cloneElement(chart, { width: drawnWidth < 0 ? UNMEASURED_WIDTH : drawnWidth, height: chartHeight })}
          </div>
          {legend && <ChartLegend entries={legend} />}
        </figure>
      )}
    </section>
  );
}

function ChartLegend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul className="chart-legend">
      {entries.map((entry) => (
        <li key={entry.label}>
          <svg width="24" height="12" aria-hidden="true">
            {entry.dash === undefined ? (
              <rect x="5" y="0" width="14" height="12" fill={entry.colour} />
            ) : (
              <line x1="0" y1="6" x2="24" y2="6" stroke={entry.colour} strokeWidth={3} strokeDasharray={entry.dash || undefined} />
            )}
          </svg>
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
