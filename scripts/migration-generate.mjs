#!/usr/bin/env node
// Writes a new migration with the SQL that brings a database migrated to the newest existing migration
// in line with the entities. Runs on a throwaway embedded PostgreSQL, so no server is needed.
// Usage: npm run migration:generate -- AddSomething   (review the file by hand before committing it)
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('usage: npm run migration:generate -- PascalCaseName');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '..');
const { startEmbeddedPostgres } = await import(path.join(root, 'dist/api/apps/api/src/database/embedded-postgres.js'));
const { createDataSource } = await import(path.join(root, 'dist/api/apps/api/src/data-source.js'));

const dir = await mkdtemp(path.join(os.tmpdir(), 'tvaers-gen-'));
const db = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), database: 'gen', persistent: false });
try {
  const ds = createDataSource(db.url);
  await ds.initialize();
  await ds.runMigrations();
  const sql = await ds.driver.createSchemaBuilder().log();
  await ds.destroy();
  if (sql.upQueries.length === 0) {
    console.log('The entities match the migrations: nothing to generate.');
  } else {
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    // Template literals keep the SQL readable for review; JSON quoting is the fallback.
    const literal = (sql) => (/[`\\]|\$\{/.test(sql) ? JSON.stringify(sql) : `\`${sql.replace(/\s+/g, ' ').trim()}\``);
    const q = (queries) => queries.map((query) => `    await queryRunner.query(${literal(query.query)});`).join('\n');
    const file = path.join(root, 'migrations', `${timestamp}-${name}.ts`);
    await writeFile(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${q(sql.upQueries)}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${q(sql.downQueries.reverse())}\n  }\n}\n`,
    );
    console.log(`Wrote ${path.relative(root, file)}; add ${className} to migrations/index.ts and review it.`);
  }
} finally {
  await db.stop();
  await rm(dir, { recursive: true, force: true });
}
