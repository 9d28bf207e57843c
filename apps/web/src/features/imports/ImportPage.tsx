import { type FormEvent, useState } from 'react';
import { Async } from '../../components/Async';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n';
import { useProgrammes } from '../dashboard/use-programme';
import { downloadExport } from '../exports/download';
import { type ImportProgress, type ImportResult, SHEET_KEYS, uploadImport } from './upload-import';

/** Share of the work done, for the progress bar: upload first half, then checking and writing. */
function fractionOf(progress: ImportProgress): number {
  if (progress.stage === 'upload') return progress.total ? (0.4 * progress.loaded) / progress.total : 0;
  if (progress.stage === 'reading') return 0.45;
  if (progress.stage === 'checking') return 0.5;
  return 0.5 + (progress.total ? (0.5 * progress.done) / progress.total : 0.5);
}

export function ImportPage() {
  const { t, format, language } = useI18n();
  const { state, programme } = useProgrammes();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const texts = t.imports;

  const describe = (p: ImportProgress) => {
    if (p.stage === 'upload') return texts.uploading(format.number((100 * p.loaded) / (p.total || 1), 0));
    if (p.stage === 'reading') return texts.reading;
    if (p.stage === 'checking') return texts.checking(format.number(p.rows, 0));
    return texts.writing(format.number(p.done, 0), format.number(p.total, 0));
  };

  const outcome = () => {
    if (error) return `${texts.failed}: ${error}`;
    if (!result) return null;
    if (!result.ok) return texts.refused(format.number(result.problemCount, 0));
    return result.dryRun ? texts.checkedOk : texts.imported(format.number(result.rows, 0));
  };

  const run = async (dryRun: boolean) => {
    if (!file || !programme) return;
    setBusy(true);
    setResult(null);
    setError(null);
    try {
      setResult(await uploadImport(programme.id, file, dryRun, setProgress));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(false);
  };

  return (
    <>
      <h1>{texts.title}</h1>
      <Async state={state}>
        {() =>
          programme && (
            <>
              <p>{texts.intro(programme.name)}</p>
              <section className="card" aria-labelledby="template-title">
                <h2 id="template-title">{texts.templateTitle}</h2>
                <p className="card-description">{texts.templateDescription}</p>
                <div className="export-buttons">
                  <button
                    type="button"
                    className="secondary"
                    onClick={() =>
                      void downloadExport(
                        `/imports/programmes/${programme.id}/template.xlsx?lang=${language}`,
                        texts.templateFile,
                        () => undefined,
                      )
                    }
                  >
                    {texts.downloadTemplate}
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() =>
                      void downloadExport(
                        `/imports/programmes/${programme.id}/template.xlsx?lang=${language}&filled=true`,
                        texts.filledFile,
                        () => undefined,
                      )
                    }
                  >
                    {texts.downloadFilled}
                  </button>
                </div>
              </section>
              <section className="card" aria-labelledby="upload-title">
                <h2 id="upload-title">{texts.uploadTitle}</h2>
                <form onSubmit={submit}>
                  <label htmlFor="import-file">{texts.file}</label>
                  <input
                    id="import-file"
                    type="file"
                    accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    onChange={(e) => {
                      setFile(e.target.files?.[0] ?? null);
                      setResult(null);
                      setError(null);
                    }}
                  />
                  <div className="export-buttons">
                    <button type="button" className="secondary" disabled={!file || busy} onClick={() => void run(true)}>
                      {texts.check}
                    </button>
                    <button type="submit" disabled={!file || busy}>
                      {texts.import}
                    </button>
                  </div>
                </form>
                {progress && (
                  <div className="import-progress">
                    <progress max={1} value={fractionOf(progress)} aria-labelledby="import-progress-text" />
                    <span id="import-progress-text">{describe(progress)}</span>
                  </div>
                )}
                <p role="status" aria-live="polite">
                  {outcome()}
                </p>
              </section>
              {result?.ok && (
                <section className="card" aria-labelledby="counts-title">
                  <h2 id="counts-title">{result.dryRun ? texts.wouldChange : texts.changed}</h2>
                  <TableScroll label={result.dryRun ? texts.wouldChange : texts.changed}>
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
              )}
              {result && !result.ok && (
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
              )}
            </>
          )
        }
      </Async>
    </>
  );
}
