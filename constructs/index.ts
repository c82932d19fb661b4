// The public API of cdktf-azureml. This file only re-exports.
// The engine seam: cdktf and the provider classes this library uses (deep imports only).
export * from "./core/engine";
export * from "./core/validation";
export * from "./core/naming";
export * from "./core/arm-id";
export * from "./core/resource-types";
export * from "./core/client-config";
export * from "./core/common-props";
export * from "./core/providers";
export * from "./core/provider-checks";
export { isUnresolved } from "./core/tokens";
export * from "./core/duration";
export * from "./core/cron";
export * from "./core/time-zones";

export * from "./azapi/api-version";
export * from "./azapi/provider";
export * from "./azapi/resource";
export * from "./azapi/update-resource";
export * from "./azapi/template-escape";

export * from "./workspace/workspace-reference";
export * from "./workspace/workspace";
export * from "./workspace/workspace-storage";
export * from "./workspace/workspace-key-vault";
export * from "./workspace/workspace-monitoring";
export * from "./workspace/workspace-container-registry";

export * from "./compute/compute-common";
export * from "./compute/compute-cluster";
export * from "./compute/compute-instance";
export * from "./compute/inference-cluster";
export * from "./compute/synapse-spark-pool";

export * from "./access/built-in-roles";
export * from "./access/role-grant";
export * from "./access/workspace-identity-roles";
export * from "./access/workspace-encryption";

export * from "./network/private-dns-zones";
export * from "./network/service-private-endpoint";
export * from "./network/workspace-private-endpoints";
export * from "./network/outbound-rule";

export * from "./assets/asset-reference";
export * from "./assets/asset-version";
export * from "./assets/model";
export * from "./assets/environment";
export * from "./assets/data-asset";
export * from "./assets/code-version";
export * from "./assets/command-component";
export * from "./assets/ml-registry";
export * from "./data/datastore-common";
export * from "./data/blob-datastore";
export * from "./data/data-lake-gen2-datastore";
export * from "./data/file-share-datastore";
export * from "./data/container-datastore";
export * from "./pipelines/job-definition";
export * from "./pipelines/schedule";
export * from "./connections/workspace-connection";
export * from "./workspace/ai-hub";
export * from "./workspace/ai-project";

export * from "./diagram/stack-diagram";
export * from "./testing/stack-assertions";

export * from "./endpoints/endpoint-common";
export * from "./endpoints/online-endpoint";
export * from "./endpoints/online-deployment";
export * from "./endpoints/batch-endpoint";
export * from "./endpoints/batch-deployment";

export * from "./policy/rule";
export * from "./policy/stack-view";
export * from "./policy/rule-pack";
export * from "./policy/rules";
export * from "./policy/rules-doc";
