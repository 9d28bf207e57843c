/**
 * Adds `names` to Access-Control-Expose-Headers, keeping the ones already there: several parts of a
 * request (request id, freshness, export metadata) each expose their own header to cross-origin clients.
 */
export function exposeHeaders(
  res: { getHeader(name: string): number | string | string[] | undefined; setHeader(name: string, value: string): unknown },
  ...names: string[]
): void {
  const current = res.getHeader('Access-Control-Expose-Headers');
  const listed = (Array.isArray(current) ? current.join(',') : String(current ?? ''))
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const known = new Set(listed.map((name) => name.toLowerCase()));
  for (const name of names) if (!known.has(name.toLowerCase())) listed.push(name);
  res.setHeader('Access-Control-Expose-Headers', listed.join(', '));
}
