/** A record of every resource request the server answered, so tests can assert on client behaviour. */

export type Verb = 'get' | 'list' | 'watch' | 'create' | 'update' | 'patch' | 'delete' | 'deletecollection';

export interface RequestRecord {
  verb: Verb;
  group: string;
  version: string;
  /** Plural resource name: `configmaps`, `tenants`. */
  resource: string;
  subresource?: string;
  namespace?: string;
  name?: string;
  /** For patches: `apply`, `merge`, `json` or `strategic`. */
  patchType?: string;
  fieldManager?: string;
  dryRun: boolean;
  code: number;
}

export type RequestFilter = Partial<Pick<RequestRecord, 'verb' | 'group' | 'resource' | 'subresource' | 'namespace' | 'name' | 'patchType' | 'fieldManager'>>;

const writeVerbs = new Set<Verb>(['create', 'update', 'patch', 'delete', 'deletecollection']);

export class RequestLog {
  private records: RequestRecord[] = [];

  add(record: RequestRecord): void {
    this.records.push(record);
  }

  /** Records matching every given field of `filter` (all records without one). */
  list(filter: RequestFilter = {}): RequestRecord[] {
    return this.records.filter((r) => Object.entries(filter).every(([k, v]) => v === undefined || r[k as keyof RequestRecord] === v));
  }

  count(filter: RequestFilter = {}): number {
    return this.list(filter).length;
  }

  /** Write requests (create/update/patch/delete/deletecollection), dry runs included. */
  writes(filter: RequestFilter = {}): RequestRecord[] {
    return this.list(filter).filter((r) => writeVerbs.has(r.verb));
  }

  clear(): void {
    this.records = [];
  }
}
