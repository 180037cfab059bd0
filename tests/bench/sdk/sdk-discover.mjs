// The official Azure SDK for JavaScript against the emulator, the way issue 15 measured it: the
// resources of every subscription through per-subscription ARM lists (N-way) or through
// Resource Graph ($skipToken paging, 1,000 rows per page). Not part of ctest; run by
// tests/bench/sdk/run-sdk-benchmark.sh, which starts the emulator over HTTPS.
//
//   node sdk-discover.mjs <base-url> <tenant> <client-id> <path "arm" or "graph"> [concurrency]
// The client secret comes from ATC_SDK_SECRET (never an argument).
import { ClientSecretCredential } from "@azure/identity";
import { ResourceManagementClient } from "@azure/arm-resources";
import { SubscriptionClient } from "@azure/arm-resources-subscriptions";
import { ResourceGraphClient } from "@azure/arm-resourcegraph";

const [base, tenant, clientId, path = "arm", concurrencyText = "8"] = process.argv.slice(2);
const secret = process.env.ATC_SDK_SECRET ?? "";
const concurrency = Number(concurrencyText);
const endpoint = base.replace(/\/$/, "");
const credential = new ClientSecretCredential(tenant, clientId, secret, {
  authorityHost: endpoint,
  disableInstanceDiscovery: true,
});
const options = { endpoint, credentialScopes: [`${endpoint}/.default`] };

const t0 = performance.now();
const subscriptions = [];
for await (const s of new SubscriptionClient(credential, options).subscriptions.list())
  if (s.state === "Enabled") subscriptions.push(s.subscriptionId);
const t1 = performance.now();

let resources = 0;
let requests = 0;
// Ids are counted after the clock stops (as atc-quota-benchmark does).
const ids = [];
if (path === "arm") {
  let next = 0;
  async function worker() {
    while (next < subscriptions.length) {
      const id = subscriptions[next++];
      const client = new ResourceManagementClient(credential, id, options);
      for await (const page of client.resources.list().byPage()) {
        ++requests;
        for (const r of page) {
          ++resources;
          ids.push(r.id);
        }
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
} else {
  const client = new ResourceGraphClient(credential, options);
  const query =
    "Resources | project id, name, type, location, resourceGroup, subscriptionId, kind, tags, " +
    "ipAddress = properties.ipAddress, fqdn = properties.dnsSettings.fqdn, " +
    "defaultHostName = properties.defaultHostName";
  for (let i = 0; i < subscriptions.length; i += 100) {
    const batch = subscriptions.slice(i, i + 100);
    let skipToken;
    do {
      const answer = await client.resources({
        subscriptions: batch,
        query,
        options: { top: 1000, skipToken, resultFormat: "objectArray" },
      });
      ++requests;
      for (const r of answer.data) {
        ++resources;
        ids.push(r.id);
      }
      skipToken = answer.skipToken;
    } while (skipToken);
  }
}
const t2 = performance.now();
const distinct = new Set(ids.map((id) => id.toLowerCase())).size;
console.log(
  JSON.stringify({
    path,
    concurrency,
    subscriptions: subscriptions.length,
    hierarchySeconds: (t1 - t0) / 1000,
    resourcesSeconds: (t2 - t1) / 1000,
    resources,
    distinctIds: distinct,
    requests,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
