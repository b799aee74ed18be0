import type { ServiceContext } from '../kit/context.ts';

export interface CourseSummary {
  id: string;
  title: string;
  /** Null for courses published from a Course resource. */
  createdBy: string | null;
}

/** Titles and authors of an academy's courses (drafts included), for reports about them. */
export async function courseSummaries(ctx: ServiceContext, tenantId: string, ids?: string[]): Promise<CourseSummary[]> {
  const q = ctx.dbs.controlRead('courses').where({ tenant_id: tenantId }).select('id', 'title', 'created_by');
  if (ids) q.whereIn('id', ids);
  const rows: { id: string; title: string; created_by: string | null }[] = await q;
  return rows.map((r) => ({ id: r.id, title: r.title, createdBy: r.created_by }));
}
