/** HTTP plumbing: reading bodies (JSON or YAML), writing JSON and Status responses, Accept parsing. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import YAML from 'yaml';
import { ApiError, badRequest, internalError, unsupportedMediaType } from './errors.ts';

const maxBodyBytes = 3 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw new ApiError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'Request entity too large: limit is 3145728', reason: 'RequestEntityTooLarge', code: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The media type without parameters, lower-cased: `application/merge-patch+json`. */
export function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0].trim().toLowerCase();
}

/** Decodes a request body: YAML for `*yaml` media types, JSON otherwise. */
export function decodeBody(body: Buffer, contentType: string | undefined): unknown {
  if (mediaType(contentType).includes('protobuf')) {
    // kubectl's typed clients (`kubectl create configmap ...`) send protobuf; only JSON and YAML are decoded here.
    throw unsupportedMediaType(mediaType(contentType), ['application/json', 'application/yaml']);
  }
  const text = body.toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    if (!mediaType(contentType).endsWith('yaml')) return JSON.parse(text);
    // JSON is YAML: apply patches are usually JSON (client-go and the operator send JSON under
    // application/apply-patch+yaml), and JSON.parse is far cheaper than the YAML parser.
    if (text.trimStart().startsWith('{')) {
      try {
        return JSON.parse(text);
      } catch {
        // flow-style YAML that is not JSON: parse it as YAML below
      }
    }
    return YAML.parse(text);
  } catch (err) {
    throw badRequest(`the body of the request could not be decoded: ${(err as Error).message.split('\n')[0]}`);
  }
}

/** What representation the client asked for with `Accept: application/json;as=Table;g=meta.k8s.io;v=v1`. */
export function requestedAs(accept: string | undefined): 'Table' | 'PartialObjectMetadata' | 'PartialObjectMetadataList' | undefined {
  for (const part of (accept ?? '').split(',')) {
    const params = Object.fromEntries(
      part
        .split(';')
        .slice(1)
        .map((p) => p.trim().split('=') as [string, string]),
    );
    if (params.g === 'meta.k8s.io' && (params.as === 'Table' || params.as === 'PartialObjectMetadata' || params.as === 'PartialObjectMetadataList')) return params.as;
  }
  return undefined;
}

export function sendJson(res: ServerResponse, code: number, body: unknown, warnings: string[] = [], extraHeaders: Record<string, string> = {}): void {
  const payload = JSON.stringify(body);
  const headers: Record<string, string | string[]> = { ...extraHeaders, 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(payload)) };
  if (warnings.length > 0) headers.Warning = warnings.map((w) => `299 - ${JSON.stringify(w)}`);
  res.writeHead(code, headers);
  res.end(payload);
}

export function sendText(res: ServerResponse, code: number, text: string): void {
  res.writeHead(code, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

/** Answers an error as a `Status`; anything that is not an ApiError becomes a 500. */
export function sendError(res: ServerResponse, err: unknown): number {
  const apiError = err instanceof ApiError ? err : internalError(err instanceof Error ? err.message : String(err));
  if (!res.headersSent) sendJson(res, apiError.code, apiError.status, [], apiError.headers);
  else res.end();
  return apiError.code;
}
