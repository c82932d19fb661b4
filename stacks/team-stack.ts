import type { Construct, IConstruct } from "constructs";
import { BuiltInRoles } from "../constructs/access/built-in-roles";
import { addAzureProviders } from "../constructs/app/providers";
import { ResourceGroup, TerraformStack, azurerm } from "../constructs/core/engine";
import { ValidationError, type Problem } from "../constructs/core/validation";
import { Workspace } from "../constructs/workspace/workspace";
import { PrivateMonitoring } from "../constructs/network/private-monitoring";
import { addBackend } from "./backend";
import { datastoreNameOf, teamTags, workspaceName, type ResolvedDeploymentEnvironment } from "./config/load";
import type { AzureMlConfig, TeamConfig } from "./config/schema";
import type { PlatformStack } from "./platform-stack";
import { applyRulePack, recordSource } from "../constructs/policy/rule-pack";

export interface TeamStackProps {
  readonly config: AzureMlConfig;
  /** The deployment environment of the stack (dev, prod: an entry of the config's `environments`, resolved), not an ML environment. */
  readonly deploymentEnvironment: ResolvedDeploymentEnvironment;
  readonly team: TeamConfig;
  /** Index of the team in the config, for problem paths. */
  readonly teamIndex: number;
  readonly platform: PlatformStack;
  /** Where to report problems (with config paths) instead of throwing at the first one. */
  readonly problems: Problem[];
  /** The config's file name, the `path` of reported problems. */
  readonly source: string;
}

/** The default image build cluster added to private environments whose team names none. */
export const DEFAULT_IMAGE_BUILD_CLUSTER = { name: "image-build", vmSize: "Standard_DS3_v2", maxNodes: 1 } as const;

/**
 * One team in one environment (stack `<team>-<env>`): a resource group and a workspace with its
 * compute and role assignments. Monitoring goes to the platform's Log Analytics workspace; in a
 * private environment the workspace is private, with endpoints in the platform network and its DNS
 * zones, a Premium registry and an image build cluster. Production protects stateful resources.
 */
export class TeamStack extends TerraformStack {
  public readonly workspace?: Workspace;
  public readonly resourceGroup: ResourceGroup;

  constructor(scope: Construct, id: string, props: TeamStackProps) {
    super(scope, id);
    const { config, deploymentEnvironment: env, team, platform, teamIndex: t } = props;
    addBackend(this, id, config.state);
    addAzureProviders(this, { subscriptionId: env.subscriptionId });
    applyRulePack(this);
    const tags = teamTags(config, team, env);
    const isPrivate = env.network === "private";
    const shared = platform.references;

    // Each config entry is built in its own try: a ValidationError becomes problems named by the
    // entry's config path, and the stack goes on with the next entry. (Inline, not through a
    // callback: every token cdktf creates captures the call stack, so frames cost on every token.)
    const report = (e: unknown, configPath: string): void => {
      if (!(e instanceof ValidationError)) throw e;
      props.problems.push(...e.problems.map((p) => ({ ...p, path: props.source, field: p.field ? `${configPath}.${p.field}` : configPath, rule: `${p.rule} (in stack ${id})` })));
    };

    this.resourceGroup = new azurerm.ResourceGroup(this, "ResourceGroup", {
      name: `rg-${config.defaults.prefix}-${team.name}-${env.name}`,
      location: env.location,
      tags,
      lifecycle: env.production ? { preventDestroy: true } : undefined,
    });

    const registry = team.workspace.containerRegistry ?? (isPrivate ? "create" : "on-demand");
    const builder = team.compute.find((c) => c.kind === "cluster" && c.imageBuild);
    const imageBuildName = registry === "create" && isPrivate ? (builder?.name ?? DEFAULT_IMAGE_BUILD_CLUSTER.name) : undefined;

    const workspacePath = `teams[${t}].workspace`;
    try {
      this.workspace = new Workspace(this, "Workspace", {
        name: workspaceName(config.defaults.prefix, team, env),
        resourceGroupName: this.resourceGroup.name,
        location: env.location,
        tags,
        friendlyName: team.workspace.friendlyName ?? `${team.name} (${env.name})`,
        description: team.workspace.description,
        highBusinessImpact: team.workspace.highBusinessImpact,
        publicNetworkAccessEnabled: !isPrivate,
        containerRegistry: { mode: registry },
        imageBuildComputeName: imageBuildName,
        applicationInsights: { mode: "create", existingLogAnalyticsWorkspaceId: shared.logAnalyticsWorkspaceId, publicIngestionAndQueryEnabled: !isPrivate },
        privateEndpoints: isPrivate ? { subnetId: shared.endpointSubnetId!, dnsZones: { mode: "existing", zoneIds: platform.zoneIds() } } : undefined,
        preventDestroy: env.production,
        uniqueSuffixSeed: `${config.defaults.prefix}|${team.name}|${env.name}`,
      });
      // Rule-pack findings on what a config entry made name the entry (from teams[0].compute[1]).
      recordSource(this.workspace, workspacePath);
    } catch (e) {
      report(e, workspacePath);
    }
    const ws = this.workspace;
    if (!ws) return;
    if (isPrivate && platform.monitoring) {
      // The team's Application Insights joins the environment's Private Link Scope.
      PrivateMonitoring.scopeResource(this, "MonitoringScope", { scopeName: platform.monitoring.scopeName, resourceGroupName: shared.resourceGroupName, resourceId: ws.applicationInsightsId, name: `appi-${team.name}` });
    }

    const subnetId = isPrivate ? shared.computeSubnetIds[team.name] : undefined;
    for (const [i, c] of team.compute.entries()) {
      const where = `teams[${t}].compute[${i}]`;
      try {
        if (c.kind === "cluster") {
          const { kind: _kind, imageBuild: _imageBuild, ...options } = c;
          recordSource(ws.addComputeCluster(`Compute-${c.name}`, { ...options, subnetId, tags }), where);
        } else {
          const { kind: _kind, ...options } = c;
          recordSource(ws.addComputeInstance(`Compute-${c.name}`, { ...options, subnetId, tags }), where);
        }
      } catch (e) {
        report(e, where);
      }
    }
    if (imageBuildName && !builder) {
      const where = `teams[${t}].compute`;
      try {
        recordSource(ws.addComputeCluster("Compute-image-build", { ...DEFAULT_IMAGE_BUILD_CLUSTER, subnetId, tags }), where);
      } catch (e) {
        report(e, where);
      }
    }

    // Construct ids come from names, never positions: reordering the config moves no address.
    // A datastore keeps only its own tags: azurerm replaces a datastore when its tags change, so the
    // team's (which change with defaults.tags) would recreate every datastore on such an edit.
    for (const [i, d] of team.datastores.entries()) {
      const where = `teams[${t}].datastores[${i}]`;
      const id = `Datastore-${datastoreNameOf(d)}`;
      try {
        if (d.kind === "container") {
          const { kind: _k, ...options } = d;
          recordSource(ws.addContainerDatastore(id, options), where);
        } else if (d.kind === "blob") {
          const { kind: _k, ...options } = d;
          recordSource(ws.addBlobDatastore(id, options), where);
        } else {
          const { kind: _k, ...options } = d;
          recordSource(ws.addDataLakeGen2Datastore(id, options), where);
        }
      } catch (e) {
        report(e, where);
      }
    }

    const addDeployments = <D extends { name: string; tags?: Record<string, string> }>(endpoint: { addDeployment(id: string, options: D): IConstruct }, deployments: readonly D[], where: string): void => {
      for (const [j, d] of deployments.entries()) {
        try {
          recordSource(endpoint.addDeployment(`Deployment-${d.name}`, { ...d, tags: teamTags(config, team, env, d.tags) }), `${where}.deployments[${j}]`);
        } catch (e) {
          report(e, `${where}.deployments[${j}]`);
        }
      }
    };
    for (const [i, e] of team.endpoints.entries()) {
      const where = `teams[${t}].endpoints[${i}]`;
      try {
        if (e.kind === "online") {
          const { kind: _k, deployments, ...options } = e;
          const endpoint = ws.addOnlineEndpoint(`Endpoint-${e.name}`, { ...options, tags: teamTags(config, team, env, e.tags) });
          recordSource(endpoint, where);
          addDeployments(endpoint, deployments, where);
        } else {
          const { kind: _k, deployments, ...options } = e;
          const endpoint = ws.addBatchEndpoint(`Endpoint-${e.name}`, { ...options, tags: teamTags(config, team, env, e.tags) });
          recordSource(endpoint, where);
          addDeployments(endpoint, deployments, where);
        }
      } catch (err) {
        report(err, where);
      }
    }

    for (const [i, r] of team.roles.entries()) {
      const where = `teams[${t}].roles[${i}]`;
      try {
        recordSource(ws.grant(r.principalId, BuiltInRoles[r.role], { principalType: r.principalType, id: `Role-${r.role}-${r.principalId}` }), where);
      } catch (e) {
        report(e, where);
      }
    }
  }
}
