// Drives Consort's MCP server with the official MCP TypeScript SDK client over Streamable HTTP. Prints one
// JSON object (what the client received) for InteropClientsTest to check.
// Usage: node mcp-client.mjs <base URL> <seller key> <marketing key> <partner key> <partner's story> <other story>
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const [base, sellerKey, marketingKey, partnerKey, ownStory, otherStory] = process.argv.slice(2);

async function connect(key) {
  const client = new Client({ name: 'consort-interop-test', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL(`${base}/mcp`), {
    requestInit: { headers: { Authorization: `Bearer ${key}` } },
  });
  await client.connect(transport);
  return client;
}

async function call(client, name, args) {
  const result = await client.callTool({ name, arguments: args });
  const text = result.content?.[0]?.text ?? '';
  let value = text;
  try {
    value = JSON.parse(text);
  } catch {
    // an error message is plain text
  }
  return { isError: result.isError === true, value };
}

const seller = await connect(sellerKey);
const server = seller.getServerVersion();
const { tools } = await seller.listTools();
const search = await call(seller, 'search_partners', { need: 'PMO rollout for a manufacturer', regions: ['EMEA'], limit: 3 });
const firstPartner = Array.isArray(search.value) && search.value.length ? search.value[0].partnerId : 'P0001';
const partner = await call(seller, 'get_partner', { partnerId: firstPartner });
const stories = await call(seller, 'find_case_studies', { query: 'faster project delivery', limit: 3 });
const policy = await call(seller, 'program_policy', { question: 'How long is a registered deal protected?' });
const sellerDraft = await call(seller, 'draft_asset', { caseStudyId: ownStory, assetType: 'social' });
await seller.close();

const marketing = await connect(marketingKey);
const marketingDraft = await call(marketing, 'draft_asset', { caseStudyId: ownStory, assetType: 'email' });
const badAssetType = await call(marketing, 'draft_asset', { caseStudyId: ownStory, assetType: 'billboard' });
await marketing.close();

const partnerClient = await connect(partnerKey);
const partnerOwn = await call(partnerClient, 'draft_asset', { caseStudyId: ownStory, assetType: 'social' });
const partnerOther = await call(partnerClient, 'draft_asset', { caseStudyId: otherStory, assetType: 'social' });
const partnerSearch = await call(partnerClient, 'search_partners', { need: 'PMO rollout' });
await partnerClient.close();

let badKey;
try {
  await connect('csk_not-a-key');
  badKey = { connected: true };
} catch (e) {
  badKey = { connected: false, message: String(e.message ?? e) };
}

console.log(JSON.stringify({
  server,
  tools: tools.map((t) => ({ name: t.name, description: t.description, inputSchema: t.inputSchema })),
  seller: { search, partner, stories, policy, draft: sellerDraft },
  marketing: { draft: marketingDraft, badAssetType },
  partner: { own: partnerOwn, other: partnerOther, search: partnerSearch },
  badKey,
}));
