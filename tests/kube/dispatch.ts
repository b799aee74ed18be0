/** Routes one HTTP request: health, discovery, OpenAPI, then resource verbs. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { coreVersions, group, groupList, resourceList, versionInfo } from './discovery.ts';
import { methodNotAllowed, pathNotFound } from './errors.ts';
import { sendError, sendJson, sendText } from './http.ts';
import { groupVersionDocument, openApiIndex } from './openapi.ts';
import { isTruthy, type ResourceRequest, type ServerParts } from './request-context.ts';
import type { RequestLog, Verb } from './request-log.ts';
import { handleGet, handleList, handleWatch } from './resource-read.ts';
import { handleCreate, handleDelete, handleDeleteCollection, handlePatch, handleUpdate } from './resource-write.ts';
import { parseResourcePath } from './router.ts';
import { handleScaleGet, handleScalePatch, handleScaleUpdate } from './scale.ts';

type Handler = (r: ResourceRequest) => void | Promise<void>;

function chooseVerb(method: string, r: Omit<ResourceRequest, 'log'>): [Verb, Handler] | undefined {
  if (r.route.subresource === 'scale') {
    const scaleVerbs: Record<string, [Verb, Handler]> = { GET: ['get', handleScaleGet], PUT: ['update', handleScaleUpdate], PATCH: ['patch', handleScalePatch] };
    return scaleVerbs[method];
  }
  const named = r.route.name !== undefined;
  const watch = r.route.watchPrefix || isTruthy(r.query.get('watch'));
  switch (method) {
    case 'GET':
      if (watch) return ['watch', handleWatch];
      return named ? ['get', handleGet] : ['list', handleList];
    case 'POST':
      return named ? undefined : ['create', handleCreate];
    case 'PUT':
      return named ? ['update', handleUpdate] : undefined;
    case 'PATCH':
      return named ? ['patch', handlePatch] : undefined;
    case 'DELETE':
      return named ? ['delete', handleDelete] : ['deletecollection', handleDeleteCollection];
    default:
      return undefined;
  }
}

/** Answers discovery and OpenAPI paths; false when `pathname` is none of them. */
function serveMeta(parts: ServerParts, pathname: string, res: ServerResponse, serverAddress: string): boolean {
  const segments = pathname.split('/').filter((s) => s !== '');
  const { registry } = parts;
  let body: unknown;
  if (pathname === '/healthz' || pathname === '/readyz' || pathname === '/livez') {
    sendText(res, 200, 'ok');
    return true;
  }
  if (pathname === '/version') body = versionInfo();
  else if (pathname === '/api') body = coreVersions(serverAddress);
  else if (pathname === '/apis') body = groupList(registry);
  else if (segments[0] === 'api' && segments.length === 2) body = resourceList(registry, '', segments[1]) ?? null;
  else if (segments[0] === 'apis' && segments.length === 2) body = group(registry, segments[1]) ?? null;
  else if (segments[0] === 'apis' && segments.length === 3) body = resourceList(registry, segments[1], segments[2]) ?? null;
  else if (pathname === '/openapi/v3') body = openApiIndex(registry);
  else if (segments[0] === 'openapi' && segments[1] === 'v3' && segments[2] === 'api' && segments.length === 4) body = groupVersionDocument(registry, '', segments[3]) ?? null;
  else if (segments[0] === 'openapi' && segments[1] === 'v3' && segments[2] === 'apis' && segments.length === 5) body = groupVersionDocument(registry, segments[3], segments[4]) ?? null;
  else return false;
  if (body === null) sendError(res, pathNotFound());
  else sendJson(res, 200, body);
  return true;
}

/** Handles one request end to end, recording resource requests in `log`. */
export async function dispatch(parts: ServerParts, log: RequestLog, req: IncomingMessage, res: ServerResponse, serverAddress: string): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const pathname = url.pathname.replace(/\/+$/, '') || '/';
  try {
    if (req.method === 'GET' && serveMeta(parts, pathname, res, serverAddress)) return;
    const route = parseResourcePath(pathname);
    if (!route) throw pathNotFound();
    const rt = parts.registry.byPath(route.group, route.version, route.plural);
    if (!rt) throw pathNotFound();
    const wrongScope = rt.namespaced ? route.name !== undefined && route.namespace === undefined : route.namespace !== undefined;
    const badSubresource = route.subresource !== undefined && !((route.subresource === 'status' && rt.hasStatus) || (route.subresource === 'scale' && rt.scale));
    if (wrongScope || badSubresource || (rt.namespaced && req.method === 'POST' && route.namespace === undefined)) throw pathNotFound();
    const base = { parts, rt, route, query: url.searchParams, req, res };
    const chosen = chooseVerb(req.method ?? 'GET', base);
    if (!chosen || (route.subresource && !['get', 'update', 'patch'].includes(chosen[0]))) throw methodNotAllowed();
    const [verb, handler] = chosen;
    const r: ResourceRequest = { ...base, log: { dryRun: false } };
    const record = () => ({ verb, group: rt.group, version: route.version, resource: rt.plural, subresource: route.subresource, namespace: route.namespace, name: route.name, ...r.log });
    try {
      parts.flow.admit(req, verb === 'watch');
      await handler(r);
      log.add({ ...record(), code: res.statusCode });
    } catch (err) {
      log.add({ ...record(), code: sendError(res, err) });
    }
  } catch (err) {
    sendError(res, err);
  }
}
