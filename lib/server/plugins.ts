/**
 * The plugins the server is made of, one line each. Each area registers its routes under its own
 * prefix: /opendata (publish/portal), /dashboards (dashboards/), /api/classifiers (classifiers/api).
 */
import type { FastifyPluginAsync } from 'fastify';

export const serverPlugins: FastifyPluginAsync[] = [
  async (app) => {
    await app.register((await import('../../dashboards/plugin.ts')).default);
  },
  async (app) => {
    await app.register((await import('../../publish/portal/plugin.ts')).default);
  },
  async (app) => {
    await app.register((await import('../../classifiers/api/plugin.ts')).classifierApi);
  },
  async (app) => {
    await app.register((await import('../../publish/rulings/plugin.ts')).default);
  },
  async (app) => {
    await app.register((await import('../../models/docs-plugin.ts')).default);
  },
];
