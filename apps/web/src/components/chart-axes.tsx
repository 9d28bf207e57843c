import { CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { useI18n } from '../i18n';

type Format = ReturnType<typeof useI18n>['format'];

/**
 * The grid, axes, tooltip and legend every money chart shares: whole millions on the value axis,
 * exact amounts in the tooltip. Called as a function so Recharts sees the elements themselves.
 */
export function moneyAxes({ xKey, format, currency, legend = true, tooltip }: { xKey: string; format: Format; currency: string; legend?: boolean; tooltip?: (value: unknown, item: { payload?: unknown }) => string }) {
  return (
    <>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey={xKey} interval={0} tick={{ fontSize: 12 }} />
      <YAxis tickFormatter={(v: number) => format.axisMillions(String(v))} width={80} tick={{ fontSize: 12 }} />
      <Tooltip formatter={(value, _name, item) => (tooltip ? tooltip(value, item) : format.money(String(value), currency))} />
      {legend && <Legend itemSorter={null} />}
    </>
  );
}
