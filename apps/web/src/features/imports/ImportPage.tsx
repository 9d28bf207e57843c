import { type FormEvent, useState } from 'react';
import { Async } from '../../components/Async';
import { useI18n } from '../../i18n';
import { useProgrammes } from '../dashboard/use-programme';
import { downloadExport } from '../exports/download';
import { ChangeCountsCard, ImportProblemsCard } from './ImportResultCards';
import { type ImportProgress, type ImportResult, uploadImport } from './upload-import';

/** Share of the work done, for the progress bar: upload first half, then checking and writing. */
function fractionOf(progress: ImportProgress): number {
  if (progress.stage === 'upload') return progress.total ? (0.4 * progress.loaded) / progress.total : 0;
  if (progress.stage === 'reading') return 0.45;
  if (progress.stage === 'checking') return 0.5;
  return 0.5 + (progress.total ? (0.5 * progress.done) / progress.total : 0.5);
}

/** The empty template and the programme's data as a filled template, in the user's language. */
function TemplateCard({ programmeId }: { programmeId: string }) {
  const { t, language } = useI18n();
  const texts = t.imports;
  const template = (query: string, fileName: string) =>
    void downloadExport(`/imports/programmes/${programmeId}/template.xlsx?lang=${language}${query}`, fileName, () => undefined);
  return (
    <section className="card" aria-labelledby="template-title">
      <h2 id="template-title">{texts.templateTitle}</h2>
      <p className="card-description">{texts.templateDescription}</p>
      <div className="export-buttons">
        <button type="button" className="secondary" onClick={() => template('', texts.templateFile)}>
          {texts.downloadTemplate}
        </button>
        <button type="button" className="secondary" onClick={() => template('&filled=true', texts.filledFile)}>
          {texts.downloadFilled}
        </button>
      </div>
    </section>
  );
}

/** An upload's state: the chosen file, the progress while it runs, its result or error. */
function useImportRun(programmeId: string | undefined) {
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const choose = (chosen: File | null) => {
    setFile(chosen);
    setResult(null);
    setError(null);
  };
  const run = async (dryRun: boolean) => {
    if (!file || !programmeId) return;
    setBusy(true);
    setResult(null);
    setError(null);
    try {
      setResult(await uploadImport(programmeId, file, dryRun, setProgress));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };
  return { file, progress, result, error, busy, choose, run };
}

type ImportRun = ReturnType<typeof useImportRun>;

/** Choose the file, check it or import it; the progress and the outcome are announced. */
function UploadCard({ upload }: { upload: ImportRun }) {
  const { t, format } = useI18n();
  const texts = t.imports;
  const { file, progress, result, error, busy } = upload;
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
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void upload.run(false);
  };
  return (
    <section className="card" aria-labelledby="upload-title">
      <h2 id="upload-title">{texts.uploadTitle}</h2>
      <form onSubmit={submit}>
        <label htmlFor="import-file">{texts.file}</label>
        <input
          id="import-file"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => upload.choose(e.target.files?.[0] ?? null)}
        />
        <div className="export-buttons">
          <button type="button" className="secondary" disabled={!file || busy} onClick={() => void upload.run(true)}>
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
  );
}

export function ImportPage() {
  const { t } = useI18n();
  const { state, programme } = useProgrammes();
  const upload = useImportRun(programme?.id);
  const { result } = upload;
  return (
    <>
      <h1>{t.imports.title}</h1>
      <Async state={state}>
        {() =>
          programme && (
            <>
              <p>{t.imports.intro(programme.name)}</p>
              <TemplateCard programmeId={programme.id} />
              <UploadCard upload={upload} />
              {result?.ok && <ChangeCountsCard result={result} />}
              {result && !result.ok && <ImportProblemsCard result={result} />}
            </>
          )
        }
      </Async>
    </>
  );
}
