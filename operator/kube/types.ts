import type { ObjectMeta as AcademyObjectMeta } from '../../crds/index.ts';

/** metav1.ObjectMeta as the operator reads it: the academy API's fields, a name always, any other field kept. */
export interface ObjectMeta extends AcademyObjectMeta {
  name: string;
  [key: string]: unknown;
}

/** The parts of a Kubernetes object the operator reads, as plain JSON. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  [key: string]: unknown;
}
