/**
 * For the adoption report: what turning on a rule's secure default on a running estate could
 * break, per rule. Rules not listed get the general advice.
 */
const COULD_BREAK: Record<string, string> = {
  "AML-SA-01": "Browsers using the studio and compute outside your network lose access to data and notebooks unless they come through a private endpoint or an allowed network.",
  "AML-SA-02": "Anything reading blobs anonymously (public links, static content) stops working.",
  "AML-SA-03": "Key-based datastores, SAS tokens, and tools using the account key (Storage Explorer with keys, azcopy with SAS, older SDKs) stop working; the workspace's system datastores must first use identity access (systemDatastoresAuthMode Identity).",
  "AML-SA-04": "SAS tokens issued without an expiry keep working; new ones are logged past the period. Nothing stops, but audit your long-lived tokens.",
  "AML-SA-05": "Clients that only speak TLS 1.0/1.1 (old runtimes, some appliances) can no longer connect.",
  "AML-SA-06": "Clients that use plain http:// URLs fail.",
  "AML-SA-07": "Everything not in an allowed network, a private endpoint or a trusted service loses access: studio users, compute outside the virtual network, CI agents.",
  "AML-SA-09": "Nothing breaks; trusted Azure services (backup, monitoring) regain access.",
  "AML-SA-11": "Infrastructure encryption can only be set when the account is created: turning it on replaces the account and its data. Migrate instead.",
  "AML-SA-12": "Changing replication may need a conversion (hours, or a support request for some pairs) and costs more.",
  "AML-SA-13": "Deleted blobs are kept for the retention days (storage cost); nothing stops.",
  "AML-SA-14": "Queue logging adds log storage cost; nothing stops.",
  "AML-SA-15": "SFTP and local users of the account stop working.",
  "AML-KV-01": "Purge protection cannot be turned off again; a deleted vault's name stays taken for the retention days.",
  "AML-KV-02": "Nothing breaks; the retention becomes explicit.",
  "AML-KV-03": "Clients outside allowed networks or private endpoints (studio users reading secrets, CI) lose access.",
  "AML-KV-04": "The workspace's users and jobs must reach the vault through a private endpoint; connections and secrets read from outside fail.",
  "AML-KV-06": "Access policies stop granting access: grant Azure RBAC roles (Key Vault Secrets User/Officer, the workspace identity's roles) first.",
  "AML-KV-07": "Log Analytics cost only.",
  "AML-WS-01": "Users reach the studio and the workspace APIs only through a private endpoint (VPN, ExpressRoute, Bastion); pipelines calling it from outside fail.",
  "AML-WS-02": "Nothing breaks by adding one; it needs a subnet and the Azure ML private DNS zones.",
  "AML-WS-03": "Log Analytics cost only.",
  "AML-WS-06": "Changing the identity changes what the workspace can reach: grant the user-assigned identity the roles the system identity has first.",
  "AML-WS-07": "Once approved-only, Azure never lets the network be loosened; jobs lose internet (pip, conda, Hugging Face) unless an outbound rule allows each destination.",
  "AML-WS-08": "Tools and jobs that read the system datastores with account keys must use identity access; users need Storage Blob Data roles.",
  "AML-CI-01": "Local (key) authentication to the instance stops; users sign in with Entra ID.",
  "AML-CI-02": "Placing an instance in a virtual network recreates it: its local disk (unsaved files, conda environments) is lost.",
  "AML-CI-03": "Idle notebooks and terminals are stopped after the idle time; long unattended work must run as jobs.",
  "AML-CC-01": "SSH with keys to the nodes stops.",
  "AML-CC-02": "Placing a cluster in a virtual network recreates it; jobs must not run during the change.",
  "AML-CC-03": "Jobs wait for nodes to start (a few minutes) when the cluster has scaled to zero.",
  "AML-AI-01": "Telemetry sent from outside private networks is dropped; the studio's monitoring views need network access.",
  "AML-AI-02": "SDKs sending with only the instrumentation key or connection string stop: they must authenticate with Entra ID.",
  "AML-LA-01": "Ingestion and queries from outside private networks (portal users, agents) fail.",
  "AML-ACR-01": "docker login with the admin user's password stops; use Entra ID or tokens.",
  "AML-ACR-02": "Image pulls and pushes from outside private networks (CI agents, local docker) fail; Azure ML then needs an image build compute in the network.",
  "AML-ACR-03": "Premium costs more; nothing breaks.",
  "AML-ACR-04": "Anonymous pulls stop.",
  "AML-ACR-05": "Nothing breaks by adding one; it needs a subnet and the registry DNS zone.",
  "AML-ACR-06": "New images are not pullable until scanned and released from quarantine.",
  "AML-ACR-07": "Untagged manifests are deleted after the retention days.",
  "AML-ACR-08": "Unsigned images can no longer be pulled by content-trust clients.",
  "AML-ACR-10": "Zone redundancy can only be set when the registry is created: turning it on replaces the registry.",
};

/** What turning the rule's default on could break on a running estate. */
export function couldBreak(ruleId: string): string {
  return COULD_BREAK[ruleId] ?? "Check what depends on this setting before changing it; change one setting at a time and plan first.";
}
