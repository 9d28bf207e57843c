/** Text for a LIKE/ILIKE pattern with LIKE's wildcards (and its escape character) taken literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
