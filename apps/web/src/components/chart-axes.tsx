import { Bar, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { useI18n } from '../i18n';

type Format = ReturnType<typeof useI18n>['format'];

/** A money chart's margins: beside the value axis, and above it for its top label. */
export const MONEY_CHART_MARGIN = { left: 16, right: 16, top: 12 };

/** One bar per series, in the series' colour: the series ChartCard's legend lists. */
export function seriesBars(series: readonly { key: string; label: string; colour: string }[]) {
  return series.map((s) => <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.colour} isAnimationActive={false} />);
}

/**
 * The grid, axes and tooltip every money chart shares: whole millions on the value axis, exact
 * amounts in the tooltip (the legend is ChartCard's). Called as a function so Recharts sees the
 * elements themselves. Every tick is shown (interval 0): the value axis has five, and Recharts would
 * otherwise measure each label's text in the page to choose which fit.
 */
export function moneyAxes({
  xKey,
  format,
  currency,
  tooltip,
}: {
  xKey: string;
  format: Format;
  currency: string;
  tooltip?: (value: unknown, item: { payload?: unknown }) => string;
}) {
  return (
    <>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey={xKey} interval={0} tick={{ fontSize: 12 }} />
      <YAxis tickFormatter={(v: number) => format.axisMillions(String(v))} width={80} interval={0} tick={{ fontSize: 12 }} />
      <Tooltip formatter={(value, _name, item) => (tooltip ? tooltip(value, item) : format.money(String(value), currency))} />
    </>
  );
}
