import { z } from 'zod';

export const VideoIdParams = z.object({ id: z.uuid() });

export const VideoFileParams = z.object({
  id: z.uuid(),
  /** master.m3u8, <height>p.m3u8, seg-<sha256 prefix>.ts, poster.jpg or source. */
  name: z.string().regex(/^(master\.m3u8|\d{3,4}p\.m3u8|seg-[0-9a-f]{32}\.ts|poster\.jpg|source)$/, 'not a file of a video'),
});

export const SignedQuery = z.object({
  u: z.uuid(),
  exp: z.coerce.number().int().positive(),
  sig: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'not a signature'),
});

export const UploadFormSchema = z.object({
  file: z.string().meta({ format: 'binary', description: 'The video (MP4, WebM or QuickTime), checked by its content' }),
});

export const UploadedSchema = z.object({ id: z.uuid(), status: z.literal('uploaded') });

export const RenditionSchema = z.object({ name: z.string(), height: z.number().int(), bandwidth: z.number().int() });

export const VideoSchema = z.object({
  id: z.uuid(),
  status: z.enum(['uploaded', 'processing', 'ready', 'failed']),
  container: z.enum(['mp4', 'webm', 'quicktime']),
  filename: z.string(),
  sizeBytes: z.number().int(),
  durationSeconds: z.number().nullable(),
  renditions: z.array(RenditionSchema),
  /** Set when the asset plays as uploaded (no ffmpeg on the server). */
  processingNote: z.string().nullable(),
  failureReason: z.string().nullable(),
  createdAt: z.string(),
});

export const PlaybackSchema = z.object({
  /** HLS master playlist when renditions exist, else the uploaded file (HTTP ranges). */
  url: z.string(),
  kind: z.enum(['hls', 'file']),
  posterUrl: z.string().nullable(),
  expiresAt: z.string(),
});

/** A tus upload's id (@tus/server's: 32 hex digits). */
export const UploadIdParams = z.object({ uploadId: z.string().regex(/^[0-9a-f]{32}$/, 'not an upload id') });

/** The tus request headers the routes document. */
export const TusHeaders = z.object({
  'Tus-Resumable': z.literal('1.0.0').describe('The tus protocol version'),
  'Upload-Length': z.string().regex(/^\d+$/).describe('The whole file size in bytes (required: deferred lengths are refused)'),
  'Upload-Metadata': z.string().optional().describe('tus metadata: `filename <base64>,filetype <base64>`'),
  'Upload-Offset': z.string().regex(/^\d+$/).describe("Where this chunk starts: the server's offset from HEAD"),
});

export const ChunkSchema = z.string().meta({ format: 'binary', description: 'Bytes of the file from Upload-Offset' });
