import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { AppModule } from '../app.module.js';
import { renderSchema, SCHEMA_FILE_NAME } from '../graphql/schema-file.js';
import { createTestDatabase } from '../../test/test-database.js';
import { TEST_AUTH } from '../../test/test-app.js';

describe('schema.gql', () => {
  it('matches the schema the code builds (run `npm run schema:generate` after changing the API)', async () => {
    const database = await createTestDatabase();
    const app = await NestFactory.create(AppModule.forRoot({ databaseUrl: database.url, production: false, auth: TEST_AUTH }), {
      logger: false,
    });
    try {
      await app.init();
      const built = renderSchema(app.get(GraphQLSchemaHost).schema);
      const committed = await readFile(path.join(process.cwd(), SCHEMA_FILE_NAME), 'utf8');
      expect(committed).toBe(built);
    } finally {
      await app.close();
      await database.drop();
    }
  });
});
