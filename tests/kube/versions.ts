/** Kubernetes API version ordering: v1 > v1beta2 > v1beta1 > v1alpha1 > anything else (alphabetical). */

function parse(version: string): { major: number; stability: number; minor: number } | undefined {
  const m = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(version);
  if (!m) return undefined;
  return { major: Number(m[1]), stability: m[2] === undefined ? 3 : m[2] === 'beta' ? 2 : 1, minor: m[3] === undefined ? 0 : Number(m[3]) };
}

/** Sort comparator putting the most preferred version first. */
export function compareKubeVersions(a: string, b: string): number {
  const pa = parse(a);
  const pb = parse(b);
  if (pa && pb) {
    if (pa.stability !== pb.stability) return pb.stability - pa.stability;
    if (pa.major !== pb.major) return pb.major - pa.major;
    return pb.minor - pa.minor;
  }
  if (pa) return -1;
  if (pb) return 1;
  return a.localeCompare(b);
}
