/**
 * Light, kind-specific behaviour of built-in resources: the defaults and conversions kube-apiserver
 * applies on write (Secret `stringData`, Namespace labels, `builtin-defaults.ts`) and the
 * validation rules an operator is most likely to trip over. Not a full port of kube's validation.
 */
import { defaultDeployment, defaultHorizontalPodAutoscaler, defaultNetworkPolicy, defaultService } from './builtin-defaults.ts';
import { fieldError, type FieldError } from './errors.ts';
import type { NameRule } from './meta.ts';
import type { KubeObject } from './types.ts';
import { deepEqual, getPath, isPlainObject } from './util.ts';

type Validator = (obj: KubeObject, old: KubeObject | undefined) => FieldError[];

interface KindRules {
  nameRule?: NameRule;
  /** Mutates a new or updated object before validation. */
  prepare?: (obj: KubeObject, old: KubeObject | undefined) => void;
  validate?: Validator;
}

let nextClusterIp = 1;

function required(obj: unknown, path: string): FieldError[] {
  const value = getPath(obj, path.split('.'));
  return value === undefined || value === '' || value === null ? [fieldError(path, 'FieldValueRequired')] : [];
}

function immutable(obj: KubeObject, old: KubeObject | undefined, path: string): FieldError[] {
  if (!old) return [];
  const segments = path.split('.');
  return deepEqual(getPath(obj, segments), getPath(old, segments)) ? [] : [fieldError(path, 'FieldValueInvalid', 'field is immutable', getPath(obj, segments) ?? null)];
}

function immutableData(obj: KubeObject, old: KubeObject | undefined): FieldError[] {
  if (!old || old.immutable !== true) return [];
  const errors: FieldError[] = [];
  for (const key of ['data', 'binaryData', 'immutable']) {
    if (!deepEqual(obj[key], old[key])) errors.push(fieldError(key, 'FieldValueForbidden', 'field is immutable when `immutable` is set'));
  }
  return errors;
}

const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const dataKey = /^[-._a-zA-Z0-9]+$/;

function validateDataMap(obj: KubeObject, key: string, isBase64: boolean): FieldError[] {
  const map = obj[key];
  if (map === undefined) return [];
  if (!isPlainObject(map)) return [fieldError(key, 'FieldValueTypeInvalid', 'must be a map of strings', map)];
  const errors: FieldError[] = [];
  for (const [k, v] of Object.entries(map)) {
    if (!dataKey.test(k) || k.length > 253) errors.push(fieldError(`${key}[${k}]`, 'FieldValueInvalid', "a valid config key must consist of alphanumeric characters, '-', '_' or '.'", k));
    if (typeof v !== 'string') errors.push(fieldError(`${key}[${k}]`, 'FieldValueTypeInvalid', 'must be a string', v));
    else if (isBase64 && !base64.test(v)) errors.push(fieldError(`${key}[${k}]`, 'FieldValueInvalid', 'must be base64-encoded', v));
  }
  return errors;
}

function validateDeployment(obj: KubeObject, old: KubeObject | undefined): FieldError[] {
  const errors = [...required(obj, 'spec.selector'), ...required(obj, 'spec.template'), ...immutable(obj, old, 'spec.selector')];
  const matchLabels = getPath(obj, ['spec', 'selector', 'matchLabels']);
  const podLabels = getPath(obj, ['spec', 'template', 'metadata', 'labels']);
  if (isPlainObject(matchLabels)) {
    const ok = isPlainObject(podLabels) && Object.entries(matchLabels).every(([k, v]) => podLabels[k] === v);
    if (!ok) errors.push(fieldError('spec.template.metadata.labels', 'FieldValueInvalid', '`selector` does not match template `labels`', podLabels ?? {}));
  }
  const containers = getPath(obj, ['spec', 'template', 'spec', 'containers']);
  if (!Array.isArray(containers) || containers.length === 0) errors.push(fieldError('spec.template.spec.containers', 'FieldValueRequired'));
  else {
    containers.forEach((c, i) => {
      errors.push(...required(c, 'name').map((e) => ({ ...e, field: `spec.template.spec.containers[${i}].name` })));
      errors.push(...required(c, 'image').map((e) => ({ ...e, field: `spec.template.spec.containers[${i}].image` })));
    });
  }
  const replicas = getPath(obj, ['spec', 'replicas']);
  if (typeof replicas === 'number' && replicas < 0) errors.push(fieldError('spec.replicas', 'FieldValueInvalid', 'must be greater than or equal to 0', replicas));
  return errors;
}

function validateService(obj: KubeObject, old: KubeObject | undefined): FieldError[] {
  const errors = immutable(obj, old, 'spec.clusterIP');
  const ports = getPath(obj, ['spec', 'ports']);
  if (Array.isArray(ports)) {
    ports.forEach((p, i) => {
      const port = isPlainObject(p) ? p.port : undefined;
      if (typeof port !== 'number' || port < 1 || port > 65535) errors.push(fieldError(`spec.ports[${i}].port`, 'FieldValueInvalid', 'must be between 1 and 65535, inclusive', port ?? null));
    });
  }
  return errors;
}

function validateHpa(obj: KubeObject): FieldError[] {
  const errors = [...required(obj, 'spec.scaleTargetRef.kind'), ...required(obj, 'spec.scaleTargetRef.name'), ...required(obj, 'spec.maxReplicas')];
  const min = getPath(obj, ['spec', 'minReplicas']);
  const max = getPath(obj, ['spec', 'maxReplicas']);
  if (typeof min === 'number' && typeof max === 'number' && min > max) {
    errors.push(fieldError('spec.maxReplicas', 'FieldValueInvalid', 'must be greater than or equal to `minReplicas`', max));
  }
  if (typeof min === 'number' && min < 1) errors.push(fieldError('spec.minReplicas', 'FieldValueInvalid', 'must be greater than or equal to 1', min));
  return errors;
}

function validatePdb(obj: KubeObject): FieldError[] {
  const spec = isPlainObject(obj.spec) ? obj.spec : {};
  return spec.minAvailable !== undefined && spec.maxUnavailable !== undefined
    ? [fieldError('spec', 'FieldValueInvalid', 'minAvailable and maxUnavailable cannot be both set', 'object')]
    : [];
}

function validateRules(obj: KubeObject): FieldError[] {
  const rules = obj.rules;
  if (!Array.isArray(rules)) return [];
  return rules.flatMap((r, i) => (isPlainObject(r) && Array.isArray(r.verbs) && r.verbs.length > 0 ? [] : [fieldError(`rules[${i}].verbs`, 'FieldValueRequired', 'verbs must contain at least one value')]));
}

function validateBinding(obj: KubeObject, old: KubeObject | undefined): FieldError[] {
  const errors = [...required(obj, 'roleRef.kind'), ...required(obj, 'roleRef.name')];
  if (old && !deepEqual(obj.roleRef, old.roleRef)) errors.push(fieldError('roleRef', 'FieldValueInvalid', 'cannot change roleRef', 'object'));
  return errors;
}

const rules: Record<string, KindRules> = {
  '/Namespace': {
    nameRule: 'label',
    prepare: (obj) => {
      obj.metadata.labels = { ...obj.metadata.labels, 'kubernetes.io/metadata.name': obj.metadata.name ?? '' };
      obj.spec = { finalizers: ['kubernetes'], ...(isPlainObject(obj.spec) ? obj.spec : {}) };
      if (!obj.metadata.deletionTimestamp) obj.status = { phase: 'Active' };
    },
  },
  '/ConfigMap': { validate: (o, old) => [...validateDataMap(o, 'data', false), ...validateDataMap(o, 'binaryData', true), ...immutableData(o, old)] },
  '/Secret': {
    prepare: (obj) => {
      if (isPlainObject(obj.stringData)) {
        const encoded = Object.fromEntries(Object.entries(obj.stringData).map(([k, v]) => [k, Buffer.from(String(v)).toString('base64')]));
        obj.data = { ...(isPlainObject(obj.data) ? obj.data : {}), ...encoded };
      }
      delete obj.stringData;
      obj.type ??= 'Opaque';
    },
    validate: (o, old) => [...validateDataMap(o, 'data', true), ...immutableData(o, old), ...immutable(o, old, 'type')],
  },
  '/Service': {
    nameRule: 'dns1035',
    prepare: (obj, old) => {
      const oldIp = old && getPath(old, ['spec', 'clusterIP']);
      defaultService(obj, () => (typeof oldIp === 'string' ? oldIp : `10.96.${Math.floor(nextClusterIp / 250)}.${(nextClusterIp++ % 250) + 1}`));
    },
    validate: validateService,
  },
  'apps/Deployment': { prepare: defaultDeployment, validate: validateDeployment },
  'autoscaling/HorizontalPodAutoscaler': { prepare: defaultHorizontalPodAutoscaler, validate: validateHpa },
  'networking.k8s.io/NetworkPolicy': { prepare: defaultNetworkPolicy },
  'policy/PodDisruptionBudget': { validate: validatePdb },
  'rbac.authorization.k8s.io/Role': { validate: validateRules },
  'rbac.authorization.k8s.io/ClusterRole': { validate: validateRules },
  'rbac.authorization.k8s.io/RoleBinding': { validate: validateBinding },
  'rbac.authorization.k8s.io/ClusterRoleBinding': { validate: validateBinding },
};

export function builtinRules(group: string, kind: string): KindRules {
  return rules[`${group}/${kind}`] ?? {};
}
