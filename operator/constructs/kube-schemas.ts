/**
 * Validates rendered built-in Kubernetes objects against the API's OpenAPI schemas with the
 * `kubernetes-models` validators (a dev dependency: tests and synth checks only).
 */
import * as core from 'kubernetes-models/v1';
import * as apps from 'kubernetes-models/apps/v1';
import * as autoscaling from 'kubernetes-models/autoscaling/v2';
import * as policy from 'kubernetes-models/policy/v1';
import * as networking from 'kubernetes-models/networking.k8s.io/v1';
import * as rbac from 'kubernetes-models/rbac.authorization.k8s.io/v1';
import * as apiextensions from 'kubernetes-models/apiextensions.k8s.io/v1';

type Model = new (data: never) => { validate(): void };

const MODELS: Record<string, Record<string, unknown>> = {
  v1: core,
  'apps/v1': apps,
  'autoscaling/v2': autoscaling,
  'policy/v1': policy,
  'networking.k8s.io/v1': networking,
  'rbac.authorization.k8s.io/v1': rbac,
  'apiextensions.k8s.io/v1': apiextensions,
};

/** Whether `apiVersion` is one of the built-in groups this module validates. */
export function isBuiltin(apiVersion: string): boolean {
  return apiVersion in MODELS;
}

/** Throws with the validator's message (prefixed by kind/name) when `object` breaks its schema. */
export function validateBuiltin(object: { apiVersion: string; kind: string; metadata?: { name?: string } }): void {
  const model = MODELS[object.apiVersion]?.[object.kind] as Model | undefined;
  if (!model) throw new Error(`no schema for ${object.apiVersion} ${object.kind}`);
  try {
    new model(object as never).validate();
  } catch (error) {
    throw new Error(`${object.kind} ${object.metadata?.name ?? '<unnamed>'}: ${(error as Error).message}`);
  }
}
