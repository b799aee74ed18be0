/**
 * The academy constructs: pure functions from a resource (as stored, defaults applied) to the
 * Kubernetes objects the operator applies, and the payloads it publishes.
 */
export { ShardSetChart, renderShardSet, cnpgClusterSpec, type ShardSetChartProps, type KubeManifest } from './shardset-chart.ts';
export { TenantChart, renderTenant, tenantConfig, databaseEnv, type TenantChartProps } from './tenant-chart.ts';
export { ServiceWorkload, assertScaling, TENANT_CONFIG_MAP, TENANT_DATABASE_SECRET, TENANT_KEYS_SECRET, TENANT_SERVICE_ACCOUNT, SHARD_MAP_PATH, TENANT_PLATFORM_CONFIG_MAP, PLATFORM_STATUS_KEY, PLATFORM_STATUS_PATH, type ServiceWorkloadProps } from './service-workload.ts';
export { TenantNetwork, type TenantNetworkProps } from './tenant-network.ts';
export { POOL_LABEL, poolTenantName, poolNamespace, pooledIngressName, poolAsTenant, renderPool, pooledTenantIngress, type PoolChartProps } from './tenant-pool.ts';
export {
  shardMapFor,
  shardMapJson,
  assertShardRanges,
  controlCluster,
  cnpgClusterName,
  shardMapConfigMapName,
  SHARD_MAP_KEY,
  type ShardMap,
  type ShardMapCluster,
  type ClusterConnection,
  type CredentialSource,
} from './shard-map.ts';
export {
  generateTenantKeys,
  withCurrentSigningKey,
  synthOnlyTenantKeys,
  keysFromSecretData,
  assertTenantKeys,
  SIGNING_KEYS_KEY,
  SERVICE_TOKEN_KEY,
  type TenantKeys,
  type SigningJwk,
} from './tenant-keys.ts';
export {
  coursePublishPayload,
  coursePublishTarget,
  coursePayloadHash,
  validateCourse,
  type CoursePublishPayload,
  type CoursePublishTarget,
  type CourseProblem,
  type PublishedLesson,
  type PublishedQuestion,
} from './course.ts';
export {
  SERVICE_NAMES,
  HTTP_PORT,
  MANAGED_BY,
  TENANT_LABEL,
  SHARDSET_LABEL,
  CONFIG_HASH_ANNOTATION,
  tenantNamespace,
  tenantLabels,
  serviceSelector,
  ownerOf,
  ownerReferences,
  type Owner,
  type ServiceName,
} from './labels.ts';
export {
  OperatorChart,
  renderOperator,
  OPERATOR_NAME,
  OPERATOR_METRICS_PORT,
  OPERATOR_CLUSTER_RULES,
  OPERATOR_NAMESPACE_RULES,
  type OperatorChartProps,
  type RbacRule,
} from './operator-chart.ts';
export {
  plannedMoves,
  withPublishedOwnership,
  cutOver,
  moveJobName,
  moveJobManifests,
  MOVE_PROGRESS_ANNOTATION,
  MOVE_CUT_OVER_ANNOTATION,
  type PlannedMove,
  type MoveJobProps,
} from './shard-move.ts';
