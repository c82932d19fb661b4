#!/usr/bin/env bash
# The package as a user gets it: `npm pack`, then a fresh app laid out exactly like
# `cdktf init --template=typescript --local` (its package.json, tsconfig.json, cdktf.json with
# "app": "npx ts-node main.ts", the ts-jest preset with Testing.setupJest()), TypeScript 5.9, the
# tarball installed with the peer packages. Checks: `tsc --noEmit` with skipLibCheck true and false,
# `cdktf synth` of the app unchanged, `cdktf-azureml adopt` on an export (the stack it writes compiles
# under the app's flags and synthesizes import blocks), a jest test with the typed matchers of cdktf-azureml/testing/jest,
# and that a deep import outside `exports` fails with Node's own error. Leaves nothing in the tree.
#
#   npm run test:consumer            (CI runs it after npm test)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# CONSUMER_APP_DIR=<dir> keeps the app there for the bench (bench/consumer.ts); otherwise nothing is left.
# Digits only in the folder name: the template's jest testPathIgnorePatterns are regexes (".js",
# ".d.ts") that also match a random name such as /tmp/tmp.oCBMm8Djs3 and then find no test.
work=${CONSUMER_APP_DIR:-${TMPDIR:-/tmp}/cdktf-azureml-consumer-$$-$(date +%s)}
rm -rf "$work"
mkdir -p "$work"
[ -n "${CONSUMER_APP_DIR:-}" ] || trap 'rm -rf "$work"' EXIT
export CHECKPOINT_DISABLE=1
step() { printf '%-50s' "$1"; shift; local start=$SECONDS; if "$@" >"$work/step.log" 2>&1; then echo "ok  $((SECONDS - start))s"; else echo "FAIL"; tail -40 "$work/step.log"; exit 1; fi; }
version() { node -p "require('$root/package-lock.json').packages['node_modules/$1'].version"; }

template="$root/node_modules/cdktf-cli/bundle/templates/typescript"
app="$work/app"
mkdir -p "$app/__tests__"

step "npm pack (prepack builds dist/)" bash -c "cd '$root' && npm pack --pack-destination '$work' --silent"
tarball=$(ls "$work"/cdktf-azureml-*.tgz)
step "the tarball holds no tests, docs, bench or CI" bash -c "tar -tzf '$tarball' | grep -E '^package/(test|docs|bench|examples|\.ci|tools|api)/' && exit 1 || exit 0"

# The template's files, as `cdktf init` writes them (placeholders filled as init fills them).
sed 's/{{ $base }}/consumer-app/' "$template/package.json" >"$app/package.json"
cp "$template/tsconfig.json" "$template/jest.config.js" "$template/setup.js" "$app/"
sed 's/{{projectId}}/00000000-0000-4000-8000-000000000000/; s/{{sendCrashReports}}/false/; s/{{futureFlags}}//' "$template/cdktf.json" >"$app/cdktf.json"

cat >"$app/main.ts" <<'EOF'
import { Construct } from "constructs";
import { App, TerraformStack } from "cdktf";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { addAzureProviders, addLocalBackend, applyRulePack, ComputeCluster, Workspace } from "cdktf-azureml";

export class MlStack extends TerraformStack {
  public readonly workspace: Workspace;
  constructor(scope: Construct, id: string) {
    super(scope, id);
    addLocalBackend(this, id);
    addAzureProviders(this);
    applyRulePack(this);
    const rg = new ResourceGroup(this, "rg", { name: "rg-ml-consumer", location: "westeurope" });
    this.workspace = new Workspace(this, "Workspace", { name: "mlw-consumer", resourceGroupName: rg.name, location: rg.location, publicNetworkAccessEnabled: true });
    new ComputeCluster(this, "Cluster", { workspace: this.workspace, name: "cpu-cluster", vmSize: "Standard_DS3_v2", maxNodes: 2 });
  }
}

const app = new App();
new MlStack(app, "consumer-app");
app.synth();
EOF

cat >"$app/__tests__/main-test.ts" <<'EOF'
import "cdktf/lib/testing/adapters/jest";
import "cdktf-azureml/testing/jest";
import { Testing, TerraformStack } from "cdktf";
import { addAzureProviders, Workspace } from "cdktf-azureml";
import { stableSnapshot } from "cdktf-azureml/testing";

describe("a workspace from the installed package", () => {
  it("passes the rule pack and has secure storage", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    addAzureProviders(stack);
    new Workspace(stack, "ws", { name: "mlw-test", resourceGroupName: "rg-test", location: "westeurope", publicNetworkAccessEnabled: true });
    expect(stack).toPassRulePack();
    expect(stack).toHaveResourceMatching("azurerm_storage_account", { min_tls_version: "TLS1_2", shared_access_key_enabled: false });
    expect(stack).not.toHaveResourceMatching("azurerm_storage_account", { min_tls_version: "TLS1_0" });
    expect(Object.keys(stableSnapshot(stack).resource ?? {})).toContain("azurerm_machine_learning_workspace");
  });
});
EOF

cd "$app"
step "npm install (tarball + peers, from the cache)" npm install --prefer-offline --no-audit --no-fund \
  "$tarball" "cdktf@$(version cdktf)" "constructs@$(version constructs)" "@cdktf/provider-azurerm@$(version @cdktf/provider-azurerm)"
step "npm install -D (the template's dev tools)" npm install -D --prefer-offline --no-audit --no-fund \
  "typescript@~5.9" "ts-node@10" "jest@29" "ts-jest@29" "@types/jest@29" "@types/node@20"
step "npx cdktf-azureml doctor" npx cdktf-azureml doctor
step "npx cdktf-azureml adopt (a private workspace)" npx cdktf-azureml adopt "$root/test/fixtures/exports/private-with-endpoints.json" \
  --subscription 0b1f6471-1bf0-4dda-aec3-111122223333 --resource-group rg-fraud-prod --out adopted
step "tsc --noEmit (skipLibCheck true, as init)" npx tsc --noEmit
step "tsc --noEmit --skipLibCheck false" npx tsc --noEmit --skipLibCheck false
step "cdktf synth (app: npx ts-node main.ts)" "$root/node_modules/.bin/cdktf" synth
step "the stack was written" test -s cdktf.out/stacks/consumer-app/cdk.tf.json
step "the adopted stack synthesizes with imports" bash -c "npx ts-node adopted/rg-fraud-prod.ts && grep -q '\"import\"' cdktf.out/stacks/rg-fraud-prod/cdk.tf.json"
step "jest with ts-jest and the typed matchers" npx jest
step "a deep import fails with Node's own error" bash -c "node -e 'require(\"cdktf-azureml/constructs/core/engine\")' 2>&1 | grep -q ERR_PACKAGE_PATH_NOT_EXPORTED"
step "an ES module imports the entry points by name" node --input-type=module -e 'import { Workspace, ComputeCluster } from "cdktf-azureml"; import { parseConfig } from "cdktf-azureml/stacks"; import { stableSnapshot } from "cdktf-azureml/testing"; for (const f of [Workspace, ComputeCluster, parseConfig, stableSnapshot]) if (typeof f !== "function") process.exit(1);'
step "the JSON Schema entry point resolves" node -e 'require.resolve("cdktf-azureml/stacks/team-config.schema.json")'
echo "consumer test passed"
