// The official Ollama JavaScript client, written by the Ollama project, against one host: the same checks the Java
// contract suite makes, through a client no one here wrote. Usage: node check.mjs <base-url> <model> <embed-model>.
// Prints one line per check and exits non-zero on the first failure.
import assert from 'node:assert/strict';
import { Ollama } from 'ollama';

const [host, model, embedModel] = process.argv.slice(2);
const ollama = new Ollama({ host });
const checks = [];
const check = (name, fn) => checks.push([name, fn]);

check('version names a release', async () => {
  const { version } = await ollama.version();
  assert.match(version, /^\d+\.\d+\.\d+/);
});

check('list shows the model with digest, size and GGUF details', async () => {
  const { models } = await ollama.list();
  const m = models.find((x) => x.name === model);
  assert.ok(m, `${model} in ${models.map((x) => x.name)}`);
  assert.match(m.digest, /^[0-9a-f]{64}$/);
  assert.ok(m.size > 0);
  assert.equal(m.details.format, 'gguf');
});

check('show gives model info, capabilities and a template', async () => {
  const s = await ollama.show({ model });
  assert.ok(s.capabilities.includes('completion'), String(s.capabilities));
  assert.ok(Object.keys(s.model_info).some((k) => k.endsWith('.block_count')));
  assert.equal(typeof s.template, 'string');
});

check('generate answers with text and counts', async () => {
  const r = await ollama.generate({ model, prompt: 'Say hi.', options: { num_predict: 16, seed: 1 } });
  assert.equal(r.done, true);
  assert.ok(r.response.length > 0);
  assert.ok(r.eval_count > 0 && r.eval_count <= 16);
  assert.ok(['stop', 'length'].includes(r.done_reason), r.done_reason);
});

check('generate streams deltas and ends with a final chunk', async () => {
  const chunks = [];
  for await (const c of await ollama.generate({ model, prompt: 'Name two rivers.', stream: true,
    options: { num_predict: 16 } })) {
    chunks.push(c);
  }
  assert.ok(chunks.length >= 2);
  assert.ok(chunks.slice(0, -1).every((c) => c.done === false));
  assert.equal(chunks.at(-1).done, true);
  assert.ok(chunks.at(-1).eval_count > 0);
});

check('chat answers as the assistant', async () => {
  const r = await ollama.chat({ model, messages: [{ role: 'user', content: 'Which planet is red?' }],
    options: { num_predict: 16 } });
  assert.equal(r.message.role, 'assistant');
  assert.ok(r.message.content.length > 0);
});

check('embed gives one normalised vector per input', async () => {
  const r = await ollama.embed({ model: embedModel, input: ['first text', 'second text'] });
  assert.equal(r.embeddings.length, 2);
  const norm = r.embeddings[0].reduce((a, x) => a + x * x, 0);
  assert.ok(Math.abs(norm - 1) < 1e-3, String(norm));
});

check('ps lists the loaded model with its size', async () => {
  const { models } = await ollama.ps();
  const m = models.find((x) => x.name === model);
  assert.ok(m, `${model} loaded`);
  assert.ok(m.size > 0);
});

check('an unknown model is a 404', async () => {
  await assert.rejects(ollama.show({ model: 'oeml-missing-js:latest' }), (e) => e.status_code === 404);
  await assert.rejects(ollama.generate({ model: 'oeml-missing-js:latest', prompt: 'hi' }),
    (e) => e.status_code === 404);
});

check('create from the model, copy and delete', async () => {
  const name = `oeml-js-${process.pid}`;
  const done = await ollama.create({ model: name, from: model, system: 'You are terse.' });
  assert.equal(done.status, 'success');
  await ollama.copy({ source: name, destination: `${name}-copy` });
  const { models } = await ollama.list();
  assert.ok(models.some((x) => x.name.startsWith(`${name}-copy`)));
  await ollama.delete({ model: `${name}-copy` });
  await ollama.delete({ model: name });
  await assert.rejects(ollama.show({ model: name }), (e) => e.status_code === 404);
});

for (const [name, fn] of checks) {
  try {
    await fn();
    console.log(`ok   ${name}`);
  } catch (e) {
    console.log(`FAIL ${name}: ${e.message}`);
    process.exit(1);
  }
}
console.log(`all ${checks.length} checks passed against ${host}`);
