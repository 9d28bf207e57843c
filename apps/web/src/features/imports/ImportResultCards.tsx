import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n';
import { type ImportResult, SHEET_KEYS } from './upload-import';

/** What an import wrote (or a check would write), sheet by sheet, and the file's SHA-256. */
export function ChangeCountsCard({ result }: { result: ImportResult }) {
  const { t, format } = useI18n();
  const texts = t.imports;
  const title = result.dryRun ? texts.wouldChange : texts.changed;
  return (
    <section className="card" aria-labelledby="counts-title">
      <h2 id="counts-title">{title}</h2>
      <TableScroll label={title}>
        <table>
          <thead>
            <tr>
              <th scope="col">{texts.sheet}</th>
              <th scope="col" className="num">
                {texts.created}
              </th>
              <th scope="col" className="num">
                {texts.updated}
              </th>
              <th scope="col" className="num">
                {texts.unchanged}
              </th>
            </tr>
          </thead>
          <tbody>
            {SHEET_KEYS.map((key) => (
              <tr key={key}>
                <th scope="row">{texts.sheets[key]}</th>
                <td className="num">{format.number(result.counts[key].created, 0)}</td>
                <td className="num">{format.number(result.counts[key].updated, 0)}</td>
                <td className="num">{format.number(result.counts[key].unchanged, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="card-description">
        SHA-256: <code>{result.file.sha256}</code>
      </p>
    </section>
  );
}

/** Why a file was refused: each problem with its sheet, row, column and cell (nothing was written). */
export function ImportProblemsCard({ result }: { result: ImportResult }) {
  const { t, format } = useI18n();
  const texts = t.imports;
  return (
    <section className="card" aria-labelledby="problems-title">
      <h2 id="problems-title">{texts.problemsTitle}</h2>
      <p>{texts.nothingWritten}</p>
      {result.problemCount > result.problems.length && <p>{texts.firstProblems(format.number(result.problems.length, 0))}</p>}
      <TableScroll label={texts.problemsTitle}>
        <table>
          <thead>
            <tr>
              <th scope="col">{texts.sheet}</th>
              <th scope="col" className="num">
                {texts.row}
              </th>
              <th scope="col">{texts.column}</th>
              <th scope="col">{texts.cell}</th>
              <th scope="col">{texts.reason}</th>
            </tr>
          </thead>
          <tbody>
            {result.problems.map((p, i) => (
              <tr key={i}>
                <td>{p.sheet || texts.wholeFile}</td>
                <td className="num">{p.row ?? ''}</td>
                <td>{p.column ?? ''}</td>
                <td>{p.cell ?? ''}</td>
                <td>{p.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
