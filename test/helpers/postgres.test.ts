import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startPostgres } from './postgres.ts';

describe('test PostgreSQL', () => {
  it('starts a real server and creates databases', async () => {
    const server = await startPostgres();
    try {
      const url = await server.createDatabase('probe');
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const res = await client.query('SELECT current_database() AS db, version() AS v');
      await client.end();
      expect(res.rows[0].db).toBe('probe');
      expect(res.rows[0].v).toMatch(/PostgreSQL/);
    } finally {
      await server.stop();
    }
  });
});
