import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../deps.js';
import { ApiError } from '../errors.js';
import { describeIssues } from '../schemas.js';

export const DepartmentsQuery = z.object({
  q: z.string().trim().max(60).optional(),
  district: z.string().trim().max(30).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/**
 * GET /api/departments?q=&district=&year= — the loaded departments a citizen can pick, searched by any name they
 * would use (full, short, sub-unit, district), grouped with the years loaded; paged, with the total, the districts
 * covered and the years loaded.
 */
export function departmentRoutes(deps: AppDeps) {
  const app = new Hono();
  app.get('/api/departments', async (c) => {
    const parsed = DepartmentsQuery.safeParse(c.req.query());
    if (!parsed.success) throw new ApiError(400, 'invalid_request', describeIssues(parsed.error));
    const { q, district, year, limit, offset } = parsed.data;
    const catalog = await deps.catalog();
    const all = catalog
      .departments(q)
      .filter((g) => !district || g.district === district || (g.district ?? '').startsWith(district))
      .filter((g) => year === undefined || g.documents.some((d) => d.year === year));
    // The facets of the whole corpus (not of this search): districts, and the years loaded (newest first), which the
    // portal's comparison offers as its year choice without paging through every document.
    const years = [...new Set(catalog.docs.map((d) => d.year))].sort((a, b) => b - a);
    return c.json({ departments: all.slice(offset, offset + limit), total: all.length, limit, offset, districts: catalog.coveredDistricts().sort((a, b) => a.localeCompare(b, 'zh')), years });
  });
  return app;
}
