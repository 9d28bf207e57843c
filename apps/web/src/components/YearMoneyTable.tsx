import { useI18n } from '../i18n';

/** A column of money: its heading and each row's amount (a decimal string). */
export interface MoneyColumn<R> {
  label: string;
  amount: (row: R, index: number) => string;
}

/**
 * The table behind a chart of money per fiscal year: a row per year (its header cell the year, or
 * `yearLabel`), a column per series, amounts in the programme's currency. Every chart card shows its
 * figures this way, so that a screen reader and a keyboard get the same numbers as the chart.
 */
export function YearMoneyTable<R extends { fiscalYear: number }>({
  rows,
  columns,
  currency,
  yearLabel = (row) => String(row.fiscalYear),
}: {
  rows: readonly R[];
  columns: readonly MoneyColumn<R>[];
  currency: string;
  yearLabel?: (row: R) => string;
}) {
  const { t, format } = useI18n();
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t.common.year}</th>
          {columns.map((column, c) => (
            <th key={c} scope="col" className="num">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={row.fiscalYear}>
            <th scope="row">{yearLabel(row)}</th>
            {columns.map((column, c) => (
              <td key={c} className="num">
                {format.money(column.amount(row, i), currency)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
