import { z } from 'zod';
import type { ApiApp } from '../../api-app.js';

export function healthRoutes(app: ApiApp): void {
  app.get(
    '/healthz',
    {
      config: { public: true },
      schema: { response: { 200: z.object({ status: z.literal('ok'), engine: z.enum(['sqlite', 'postgres']) }) } },
    },
    async () => {
      await app.store.db.selectFrom('audit_head').select('seq').executeTakeFirstOrThrow();
      return { status: 'ok' as const, engine: app.store.engine };
    },
  );
}
