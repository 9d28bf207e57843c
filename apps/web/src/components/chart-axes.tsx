import { CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { useI18n } from '../i18n';

type Format = ReturnType<typeof useI18n>['format'];

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
