import { currentSession } from '../../lib/session';
import { invalidateAfterMutation } from '../../lib/query-client';

// The import is a REST upload (the body is the .xlsx file), so it has its own small client: XHR,
// because it reports upload progress, and the answer is NDJSON progress lines ending in the result.

export const SHEET_KEYS = ['organisations', 'projects', 'partners', 'budget', 'benefits', 'targets', 'measurements'] as const;
export type SheetKey = (typeof SHEET_KEYS)[number];

export interface ImportProblem {
  sheet: string;
  row: number | null;
  column: string | null;
  cell: string | null;
  reason: string;
}

export interface ImportResult {
  ok: boolean;
  dryRun: boolean;
  file: { sha256: string; bytes: number };
  rows: number;
  counts: Record<SheetKey, { created: number; updated: number; unchanged: number }>;
  problems: ImportProblem[];
  problemCount: number;
}

export type ImportProgress =
  | { stage: 'upload'; loaded: number; total: number }
  | { stage: 'reading'; bytes: number }
  | { stage: 'checking'; rows: number }
  | { stage: 'writing'; done: number; total: number };

type Line =
  ({ type: 'progress' } & ImportProgress) | ({ type: 'result' } & ImportResult) | { type: 'error'; code: string; message: string };

export function uploadImport(
  programmeId: string,
  file: File,
  dryRun: boolean,
  onProgress: (event: ImportProgress) => void,
): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/imports/programmes/${programmeId}/portfolio.xlsx${dryRun ? '?dryRun=true' : ''}`);
    const token = currentSession()?.token;
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.setRequestHeader('accept', 'application/x-ndjson');
    xhr.setRequestHeader('accept-language', document.documentElement.lang || 'da');
    xhr.setRequestHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    let consumed = 0;
    let last: Line | undefined;
    const readLines = () => {
      const text = xhr.responseText;
      let end = text.indexOf('\n', consumed);
      while (end >= 0) {
        const line = JSON.parse(text.slice(consumed, end)) as Line;
        consumed = end + 1;
        if (line.type === 'progress') onProgress(line);
        last = line;
        end = text.indexOf('\n', consumed);
      }
    };
    xhr.upload.onprogress = (e) => onProgress({ stage: 'upload', loaded: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.onprogress = () => {
      if (xhr.status === 200) readLines();
    };
    xhr.onerror = () => reject(new Error('network error'));
    xhr.onload = () => {
      if (xhr.status !== 200) {
        let message = `HTTP ${xhr.status}`;
        try {
          message = (JSON.parse(xhr.responseText) as { message?: string }).message ?? message;
        } catch {
          // not JSON: keep the status
        }
        reject(new Error(message));
        return;
      }
      readLines();
      // Written (unless a dry run or refused): what the pages have cached is out of date.
      if (!dryRun) invalidateAfterMutation();
      if (last?.type === 'result') resolve(last);
      else reject(new Error(last?.type === 'error' ? last.message : 'the import ended without a result'));
    };
    xhr.send(file);
  });
}
