import { createHash, type Hash } from 'node:crypto';
import { exposeHeaders } from '../../http/expose-headers.js';

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Where a download's bytes go, as the export services see it: the HTTP response (the controller hands
 * its own), through only what a download needs, so that no service deals in express's types.
 */
export interface DownloadTarget {
  getHeader(name: string): number | string | string[] | undefined;
  setHeader(name: string, value: string): unknown;
  write(chunk: Buffer): boolean;
  once(event: 'drain' | 'close', listener: () => void): unknown;
  off(event: 'drain' | 'close', listener: () => void): unknown;
  readonly destroyed: boolean;
  addTrailers(headers: Record<string, string>): void;
  end(): unknown;
}

/**
 * Every export says what it is: generated at, by whom, data as of, which programme; and a SHA-256 of
 * the exact bytes sent. The hash is known only at the end of a stream, so it travels as an HTTP
 * trailer (X-Content-SHA256, announced in the Trailer header); the rest are ordinary headers.
 */
export class ExportStream {
  private readonly hash: Hash = createHash('sha256');
  private bytes = 0;

  constructor(
    private readonly res: DownloadTarget,
    meta: { fileName: string; contentType: string; generatedBy: string; programme?: string; dataAsOf: Date },
  ) {
    res.setHeader('Content-Type', meta.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${meta.fileName}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Generated-At', new Date().toISOString());
    res.setHeader('X-Generated-By', meta.generatedBy);
    res.setHeader('X-Data-As-Of', meta.dataAsOf.toISOString());
    if (meta.programme) res.setHeader('X-Programme', encodeURIComponent(meta.programme));
    res.setHeader('Trailer', 'X-Content-SHA256');
    exposeHeaders(res, 'X-Generated-At', 'X-Generated-By', 'X-Data-As-Of', 'X-Programme');
  }

  /** Writes a chunk, waiting when the client reads slower than we produce (constant memory). */
  async write(text: string): Promise<void> {
    await this.writeBytes(Buffer.from(text, 'utf8'));
  }

  async writeBytes(chunk: Buffer): Promise<void> {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    if (this.res.destroyed) throw new Error('the client closed the connection during the export');
    if (this.res.write(chunk)) return;
    // Wait for the client to read on, or stop if it went away (else the export would hold its database
    // connection for ever, waiting for a 'drain' that never comes).
    await new Promise<void>((resolve, reject) => {
      const drained = () => {
        this.res.off('close', closed);
        resolve();
      };
      const closed = () => {
        this.res.off('drain', drained);
        reject(new Error('the client closed the connection during the export'));
      };
      this.res.once('drain', drained);
      this.res.once('close', closed);
    });
  }

  end(): { sha256: string; bytes: number } {
    const sha256 = this.hash.digest('hex');
    this.res.addTrailers({ 'X-Content-SHA256': sha256 });
    this.res.end();
    return { sha256, bytes: this.bytes };
  }
}
