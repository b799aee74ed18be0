/**
 * `meta.k8s.io/v1` Tables for `kubectl get`: NAME, then the CRD's additionalPrinterColumns (AGE when
 * the CRD declares none), for built-ins NAME and AGE. Cells follow kube's CRD table convertor:
 * `date` columns print as ages, `string` columns print maps and lists as JSON.
 */
import { evaluateJsonPath } from './jsonpath.ts';
import type { KubeObject, PrinterColumn, ResourceType } from './types.ts';

interface ColumnDefinition {
  name: string;
  type: string;
  format: string;
  description: string;
  priority: number;
}

const nameColumn: ColumnDefinition = {
  name: 'Name',
  type: 'string',
  format: 'name',
  description: 'Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically.',
  priority: 0,
};

const ageColumn: PrinterColumn = { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp', description: 'CreationTimestamp is a timestamp representing the server time when this object was created.' };

/** kube's `duration.HumanDuration`: 45s, 3m12s, 5h, 3d4h, 2y... */
export function humanDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  const days = Math.floor(hours / 24);
  if (hours < 24 * 8) return hours % 24 === 0 ? `${days}d` : `${days}d${hours % 24}h`;
  if (days < 365 * 2) return `${days}d`;
  const years = Math.floor(days / 365);
  if (years < 8) return days % 365 === 0 ? `${years}y` : `${years}y${days % 365}d`;
  return `${years}y`;
}

function cell(column: PrinterColumn, obj: KubeObject, now: number): unknown {
  let value: unknown;
  try {
    value = evaluateJsonPath(obj, column.jsonPath)[0];
  } catch {
    return null;
  }
  if (value === undefined || value === null) return null;
  switch (column.type) {
    case 'integer':
      return typeof value === 'number' ? Math.trunc(value) : null;
    case 'number':
      return typeof value === 'number' ? value : null;
    case 'boolean':
      return typeof value === 'boolean' ? value : null;
    case 'date': {
      const at = typeof value === 'string' ? Date.parse(value) : NaN;
      return Number.isNaN(at) ? '<invalid>' : humanDuration(now - at);
    }
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

function columnsFor(rt: ResourceType, version: string): PrinterColumn[] {
  const custom = rt.custom?.versions.find((v) => v.name === version)?.printerColumns;
  return custom && custom.length > 0 ? custom : [ageColumn];
}

/** Builds the Table for `objects`; `resourceVersion`/`continue` are the list's. */
export function toTable(rt: ResourceType, version: string, objects: KubeObject[], listMeta: Record<string, unknown> = {}): Record<string, unknown> {
  const columns = columnsFor(rt, version);
  const now = Date.now();
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: listMeta,
    columnDefinitions: [
      nameColumn,
      ...columns.map((c) => ({ name: c.name, type: c.type, format: c.format ?? '', description: c.description ?? '', priority: c.priority ?? 0 })),
    ],
    rows: objects.map((obj) => ({
      cells: [obj.metadata.name, ...columns.map((c) => cell(c, obj, now))],
      object: { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: obj.metadata },
    })),
  };
}
