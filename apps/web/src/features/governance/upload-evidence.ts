import type { AttachmentKind } from '../../generated/graphql';
import { invalidateAfterMutation } from '../../lib/query-client';
import { currentSession } from '../../lib/session';

/** Sends one evidence file as the raw body; the server detects its type and computes its SHA-256. */
export async function uploadEvidence(kind: AttachmentKind, recordId: string, file: File): Promise<void> {
  const token = currentSession()?.token;
  const response = await fetch(`/attachments?on=${kind}&id=${recordId}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(file.name),
      ...(token && { authorization: `Bearer ${token}` }),
    },
    body: file,
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    throw new Error(body.message ?? `HTTP ${response.status}`);
  }
  invalidateAfterMutation();
}
