/**
 * OpenAPI schema checks of built-in kinds (types, required fields, enums, formats), using the
 * validators compiled into the `kubernetes-models` package. Like kube-apiserver, a value of the
 * wrong JSON type is a 400 decoding error and a missing required field a 422 naming the field.
 * Unknown fields of built-ins are not detected (those schemas do not close their objects).
 */
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Event as CoreEvent } from 'kubernetes-models/v1/Event';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { CustomResourceDefinition } from 'kubernetes-models/apiextensions.k8s.io/v1/CustomResourceDefinition';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Lease } from 'kubernetes-models/coordination.k8s.io/v1/Lease';
import { Event } from 'kubernetes-models/events.k8s.io/v1/Event';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ClusterRole } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole';
import { ClusterRoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding';
import { Role } from 'kubernetes-models/rbac.authorization.k8s.io/v1/Role';
import { RoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/RoleBinding';
import { badRequest, fieldError, type FieldError } from './errors.ts';
import type { KubeObject, ResourceType } from './types.ts';

type Model = new (data: never) => { validate(): void };

const models: Record<string, Model> = {
  'v1/ConfigMap': ConfigMap,
  'v1/Event': CoreEvent,
  'v1/Namespace': Namespace,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'v1/ServiceAccount': ServiceAccount,
  'apiextensions.k8s.io/v1/CustomResourceDefinition': CustomResourceDefinition,
  'apps/v1/Deployment': Deployment,
  'batch/v1/Job': Job,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'coordination.k8s.io/v1/Lease': Lease,
  'events.k8s.io/v1/Event': Event,
  'networking.k8s.io/v1/Ingress': Ingress,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'rbac.authorization.k8s.io/v1/ClusterRole': ClusterRole,
  'rbac.authorization.k8s.io/v1/ClusterRoleBinding': ClusterRoleBinding,
  'rbac.authorization.k8s.io/v1/Role': Role,
  'rbac.authorization.k8s.io/v1/RoleBinding': RoleBinding,
};

/** Required in the published schema but defaulted (to an empty value) by kube-apiserver. */
const defaultedRequired = new Set(['NetworkPolicy:spec.podSelector']);

interface AjvError {
  instancePath: string;
  keyword: string;
  params: { missingProperty?: string; type?: string; allowedValues?: unknown[] };
  message?: string;
}

/** `/spec/template/spec/containers/0` -> `spec.template.spec.containers[0]` */
function fieldPath(instancePath: string): string {
  return instancePath
    .split('/')
    .filter((s) => s !== '')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, s) => (/^\d+$/.test(s) ? `${path}[${s}]` : path === '' ? s : `${path}.${s}`), '');
}

/** Field errors of a built-in object; throws a 400 for values of the wrong JSON type. */
export function builtinSchemaErrors(rt: ResourceType, obj: KubeObject): FieldError[] {
  const model = models[`${obj.apiVersion}/${rt.kind}`];
  if (!model) return [];
  try {
    new model(obj as never).validate();
    return [];
  } catch (err) {
    const errors = ((err as { errors?: AjvError[] }).errors ?? []).filter((e) => e.keyword !== 'if');
    const typeErrors = errors.filter((e) => e.keyword === 'type');
    if (typeErrors.length > 0) {
      const what = typeErrors.map((e) => `${fieldPath(e.instancePath)} must be of type ${e.params.type}`).join(', ');
      throw badRequest(`${rt.kind} in version "${obj.apiVersion.split('/').pop()}" cannot be handled as a ${rt.kind}: json: cannot unmarshal ${what}`);
    }
    return errors.flatMap((e): FieldError[] => {
      const base = fieldPath(e.instancePath);
      if (e.keyword === 'required') {
        const field = base ? `${base}.${e.params.missingProperty}` : String(e.params.missingProperty);
        return defaultedRequired.has(`${rt.kind}:${field}`) ? [] : [fieldError(field, 'FieldValueRequired')];
      }
      if (e.keyword === 'enum') return [fieldError(base, 'FieldValueNotSupported', `supported values: ${(e.params.allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ')}`)];
      return [fieldError(base, 'FieldValueInvalid', e.message ?? e.keyword)];
    });
  }
}
