/** Maps a request path onto a resource route (`/apis/<g>/<v>/namespaces/<ns>/<plural>/<name>/<sub>`). */

export interface ResourceRoute {
  group: string;
  version: string;
  plural: string;
  namespace?: string;
  name?: string;
  subresource?: string;
  /** Legacy `/api/v1/watch/...` form. */
  watchPrefix: boolean;
}

/** Subresources of namespaces, which share the `/namespaces/<name>/<x>` shape with namespaced resources. */
const namespaceSubresources = new Set(['status', 'finalize']);

export function parseResourcePath(pathname: string): ResourceRoute | undefined {
  const segments = pathname.split('/').filter((s) => s !== '').map(decodeURIComponent);
  let group: string;
  let version: string;
  let rest: string[];
  if (segments[0] === 'api' && segments.length >= 3) {
    group = '';
    version = segments[1];
    rest = segments.slice(2);
  } else if (segments[0] === 'apis' && segments.length >= 4) {
    group = segments[1];
    version = segments[2];
    rest = segments.slice(3);
  } else return undefined;
  const watchPrefix = rest[0] === 'watch';
  if (watchPrefix) rest = rest.slice(1);
  let namespace: string | undefined;
  if (rest[0] === 'namespaces' && rest.length >= 3 && !(rest.length === 3 && namespaceSubresources.has(rest[2]))) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  if (rest.length === 0 || rest.length > 3) return undefined;
  return { group, version, plural: rest[0], name: rest[1], subresource: rest[2], namespace, watchPrefix };
}
