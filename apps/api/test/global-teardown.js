import { rm } from 'node:fs/promises';

export default async function globalTeardown() {
  await globalThis.__tvaersTestDb?.stop();
  // The embedded server removes its data; the temporary folder around it goes too.
  if (globalThis.__tvaersTestDir) await rm(globalThis.__tvaersTestDir, { recursive: true, force: true });
}
