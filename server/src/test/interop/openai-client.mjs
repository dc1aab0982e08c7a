// Drives Consort's OpenAI-compatible endpoint with the official `openai` package. Prints one JSON object
// (what the client received) for InteropClientsTest to check; exits non-zero only if the client breaks.
// Usage: node openai-client.mjs <base URL> <seller key> <partner key>
import OpenAI from 'openai';

const [base, sellerKey, partnerKey] = process.argv.slice(2);
const model = 'consort-partner-finder';
const client = new OpenAI({ baseURL: `${base}/v1`, apiKey: sellerKey, maxRetries: 0, timeout: 120_000 });
const question = 'Which partners in EMEA work with manufacturers?';

const models = await client.models.list();

const completion = await client.chat.completions.create({
  model,
  messages: [
    { role: 'system', content: 'You are a helpful assistant.' },
    { role: 'user', content: question },
  ],
});

// a follow-up: the whole history, as OpenAI clients send it
const stream = await client.chat.completions.create({
  model,
  stream: true,
  messages: [
    { role: 'user', content: question },
    { role: 'assistant', content: completion.choices[0].message.content },
    { role: 'user', content: 'tell me more about the second one' },
  ],
});
let streamed = '';
let chunks = 0;
let finishReason = null;
let streamedConsort = null;
let chunkObject = null;
for await (const chunk of stream) {
  chunks++;
  chunkObject = chunk.object;
  streamed += chunk.choices[0]?.delta?.content ?? '';
  finishReason = chunk.choices[0]?.finish_reason ?? finishReason;
  if (chunk.consort) streamedConsort = chunk.consort;
}

async function failure(call) {
  try {
    await call();
    return { status: 'no error' };
  } catch (e) {
    if (!(e instanceof OpenAI.APIError)) throw e;
    return { class: e.constructor.name, status: e.status, error: e.error };
  }
}

const errors = {
  unknownModel: await failure(() => client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: question }] })),
  noUserMessage: await failure(() => client.chat.completions.create({ model, messages: [{ role: 'system', content: 'hi' }] })),
  partnerKey: await failure(() => new OpenAI({ baseURL: `${base}/v1`, apiKey: partnerKey, maxRetries: 0 })
    .chat.completions.create({ model, messages: [{ role: 'user', content: question }] })),
  badKey: await failure(() => new OpenAI({ baseURL: `${base}/v1`, apiKey: 'csk_not-a-key', maxRetries: 0 }).models.list()),
};

console.log(JSON.stringify({
  models: models.data.map((m) => m.id),
  completion,
  stream: { chunks, object: chunkObject, finishReason, text: streamed, consort: streamedConsort },
  errors,
}));
