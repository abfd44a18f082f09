import { departmentsRoute } from '../contract/index.js';
import type { AppDeps } from '../deps.js';
import { routeApp } from '../route-app.js';

/**
 * GET /api/departments?q=&district=&year= — the loaded departments a citizen can pick, searched by any name they
 * would use (full, short, sub-unit, district), grouped with the years loaded; paged, with the total, the districts
 * covered and the years loaded.
 */
export function departmentRoutes(deps: AppDeps) {
  const app = routeApp();
  app.openapi(departmentsRoute, async (c) => {
    const { q, district, year, limit, offset } = c.req.valid('query');
    const catalog = await deps.catalog();
    const all = catalog
      .departments(q)
      .filter((g) => !district || g.district === district || (g.district ?? '').startsWith(district))
      .filter((g) => year === undefined || g.documents.some((d) => d.year === year));
    // The facets of the whole corpus (not of this search): districts, and the years loaded (newest first), which the
    // portal's comparison offers as its year choice without paging through every document.
    const years = [...new Set(catalog.docs.map((d) => d.year))].sort((a, b) => b - a);
    return c.json({ departments: all.slice(offset, offset + limit), total: all.length, limit, offset, districts: catalog.coveredDistricts().sort((a, b) => a.localeCompare(b, 'zh')), years }, 200);
  });
  return app;
}
