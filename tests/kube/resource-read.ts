/** GET of one object, list (selectors, limit/continue) and watch. */
import { badRequest, gone, notFound } from './errors.ts';
import { requestedAs, sendJson } from './http.ts';
import { isTruthy, present, type ResourceRequest } from './request-context.ts';
import { parseFieldSelector, parseLabelSelector, type Matcher } from './selectors.ts';
import { toTable } from './table.ts';
import { apiVersionOf, type KubeObject } from './types.ts';

function encodeOne(r: ResourceRequest, obj: KubeObject): unknown {
  const as = requestedAs(r.req.headers.accept);
  const version = r.route.version;
  if (as === 'Table') return toTable(r.rt, version, [obj], { resourceVersion: obj.metadata.resourceVersion });
  if (as === 'PartialObjectMetadata' || as === 'PartialObjectMetadataList') return { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: obj.metadata };
  return present(obj, r.rt, version);
}

export function handleGet(r: ResourceRequest): void {
  const { rt, route } = r;
  const obj = r.parts.store.get(rt, route.namespace, route.name ?? '');
  if (!obj) throw notFound(rt, route.name ?? '');
  sendJson(r.res, 200, encodeOne(r, obj));
}

function matcher(r: ResourceRequest): Matcher {
  const labels = parseLabelSelector(r.query.get('labelSelector'));
  const fields = parseFieldSelector(r.query.get('fieldSelector'), r.rt);
  const name = r.route.name;
  return (obj) => labels(obj) && fields(obj) && (name === undefined || obj.metadata.name === name);
}

interface ContinueToken {
  rv: string;
  after: string;
}

function decodeContinue(token: string | null): ContinueToken | undefined {
  if (!token) return undefined;
  try {
    return JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as ContinueToken;
  } catch {
    throw badRequest('invalid continue token');
  }
}

const keyOf = (obj: KubeObject) => `${obj.metadata.namespace ?? ''}/${obj.metadata.name}`;

export function handleList(r: ResourceRequest): void {
  const { rt, route, query, parts } = r;
  const requestedRv = query.get('resourceVersion');
  if (requestedRv && requestedRv !== '0' && (parts.hub.takeInjectedGone(rt.plural) || (query.get('resourceVersionMatch') === 'Exact' && parts.hub.isTooOld(Number(requestedRv))))) {
    throw gone(`too old resource version: ${requestedRv}`);
  }
  const matches = matcher(r);
  const cont = decodeContinue(query.get('continue'));
  let items = parts.store.list(rt, route.namespace).filter(matches);
  if (cont) items = items.filter((o) => keyOf(o) > cont.after);
  const limit = Number(query.get('limit') ?? 0);
  const listMeta: Record<string, unknown> = { resourceVersion: cont?.rv ?? String(parts.store.resourceVersion()) };
  if (limit > 0 && items.length > limit) {
    listMeta.remainingItemCount = items.length - limit;
    items = items.slice(0, limit);
    listMeta.continue = Buffer.from(JSON.stringify({ rv: listMeta.resourceVersion, after: keyOf(items[items.length - 1]) })).toString('base64url');
  }
  const as = requestedAs(r.req.headers.accept);
  if (as === 'Table') return sendJson(r.res, 200, toTable(rt, route.version, items, listMeta));
  if (as) {
    const metas = items.map((o) => ({ kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata }));
    return sendJson(r.res, 200, { kind: 'PartialObjectMetadataList', apiVersion: 'meta.k8s.io/v1', metadata: listMeta, items: metas });
  }
  // Like kube-apiserver, built-in lists leave apiVersion/kind off their items; custom resource lists keep them.
  const encoded = items.map((o) => {
    if (rt.custom) return present(o, rt, route.version);
    const { apiVersion: _a, kind: _k, ...rest } = o;
    return rest;
  });
  sendJson(r.res, 200, { kind: rt.listKind, apiVersion: apiVersionOf(rt.group, route.version), metadata: listMeta, items: encoded });
}

export function handleWatch(r: ResourceRequest): void {
  const { query } = r;
  const timeout = query.get('timeoutSeconds');
  const as = requestedAs(r.req.headers.accept);
  r.parts.hub.start(
    {
      rt: r.rt,
      version: r.route.version,
      namespace: r.route.namespace,
      matches: matcher(r),
      resourceVersion: query.get('resourceVersion') ?? undefined,
      allowBookmarks: isTruthy(query.get('allowWatchBookmarks')),
      sendInitialEvents: isTruthy(query.get('sendInitialEvents')),
      timeoutSeconds: timeout ? Number(timeout) : undefined,
      encode: (obj) => (as === 'Table' ? toTable(r.rt, r.route.version, [obj], { resourceVersion: obj.metadata.resourceVersion }) : encodeOne(r, obj)),
      encoding: `${as ?? 'json'}/${r.route.version}`,
    },
    r.res,
  );
}
