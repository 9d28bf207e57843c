// `npm run audit:verify`: recomputes the audit hash chain and prints OK or the first broken sequence
// number; exits 1 when broken. Uses DATABASE_URL, or the embedded database under .data/.
import 'reflect-metadata';
import { verifyAuditChain } from '../modules/audit/audit.service.js';
import { runWithToolClient } from './tool-database.js';

await runWithToolClient('The audit chain does not verify', async (client) => {
  const result = await verifyAuditChain({ query: async (sql: string) => (await client.query(sql)).rows });
  if (!result.ok) throw new Error(`BROKEN at sequence ${result.firstBrokenSequence}: ${result.reason} (${result.checked} events checked)`);
  console.log(`OK: the audit chain is intact (${result.checked} events)`);
});
