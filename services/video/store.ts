import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';

export type VideoStatus = 'uploaded' | 'processing' | 'ready' | 'failed';
export type Container = 'mp4' | 'webm' | 'quicktime';

export interface Rendition {
  name: string;
  height: number;
  bandwidth: number;
  /** File name of its media playlist, under the asset's folder. */
  playlist: string;
}

export interface VideoRow {
  id: string;
  tenant_id: string;
  uploaded_by: string;
  status: VideoStatus;
  container: Container;
  filename: string;
  size_bytes: number | string;
  duration_seconds: number | null;
  failure_reason: string | null;
  processing_note: string | null;
  renditions: Rendition[];
  poster: string | null;
  created_at: Date;
  updated_at: Date;
}

/** The storage folder of an asset; every file of it lives below. */
export const assetPrefix = (tenantId: string, id: string) => `tenants/${tenantId}/videos/${id}/`;

/** Video assets and the academies' URL-signing secrets, on the control database. Every query names the tenant. */
export class VideoStore {
  private secrets = new Map<string, Buffer>();
  constructor(private readonly db: Knex) {}

  async insert(row: Pick<VideoRow, 'id' | 'tenant_id' | 'uploaded_by' | 'container' | 'filename' | 'size_bytes'>): Promise<void> {
    await this.db('video_assets').insert({ ...row, status: 'uploaded' });
  }

  async byId(tenantId: string, id: string): Promise<VideoRow | undefined> {
    return this.db('video_assets').where({ tenant_id: tenantId, id }).first();
  }

  async update(tenantId: string, id: string, patch: Partial<Omit<VideoRow, 'id' | 'tenant_id'>>): Promise<void> {
    const { renditions, ...rest } = patch;
    await this.db('video_assets')
      .where({ tenant_id: tenantId, id })
      .update({ ...rest, ...(renditions ? { renditions: JSON.stringify(renditions) } : {}), updated_at: this.db.fn.now() });
  }

  /** The academy's signing secret, made on first use (a race keeps the first one written). */
  async secret(tenantId: string): Promise<Buffer> {
    const known = this.secrets.get(tenantId);
    if (known) return known;
    await this.db('video_url_keys').insert({ tenant_id: tenantId, secret: randomBytes(32).toString('base64url') }).onConflict('tenant_id').ignore();
    const row = await this.db('video_url_keys').where({ tenant_id: tenantId }).first();
    const secret = Buffer.from(row.secret, 'base64url');
    this.secrets.set(tenantId, secret);
    return secret;
  }
}
