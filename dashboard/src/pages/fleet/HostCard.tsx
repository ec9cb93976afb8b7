import { href } from '../../app/router';
import { bytes, number } from '../../lib/format';
import { CapacityBar } from './CapacityBar';
import { eraMeaning, gpuUsage, lastReport, loadedProcessor, ramUsage, statusMeaning } from './capacity';
import type { HostView, OllamaStatus } from './types';

/** One host: status and age of its last report, Ollama, RAM and GPU bars, installed and loaded models. */
export function HostCard({ host, catalog }: { host: HostView; catalog: Set<string> }) {
  const capacity = host.capacity;
  const ollama = capacity?.ollama;
  const headingId = `host-${host.host_id}`;
  return (
    <article class={`host host-${host.status}`} data-host={host.host_id} aria-labelledby={headingId}>
      <header class="host-head">
        <h3 id={headingId}>
          {host.hostname ?? host.host_id}
          {host.hostname && host.hostname !== host.host_id && <span class="host-id"> ({host.host_id})</span>}
        </h3>
        <span class={`status status-${host.status}`} title={statusMeaning(host.status)}>
          {host.status}
        </span>
        <span class="hint">{lastReport(host)}</span>
      </header>
      {host.status !== 'online' && <p class="host-warning">{statusMeaning(host.status)}</p>}
      <OllamaFacts ollama={ollama} />
      {capacity?.cpu?.model && (
        <p class="hint">
          CPU {capacity.cpu.model}
          {capacity.cpu.physical_cores ? `, ${capacity.cpu.physical_cores} cores` : ''}
          {capacity.cpu.logical_cores ? ` (${capacity.cpu.logical_cores} threads)` : ''}
        </p>
      )}
      <CapacityBar label="RAM" usage={ramUsage(capacity?.memory)} />
      {(capacity?.gpus ?? []).map((gpu) => (
        <CapacityBar
          key={gpu.index}
          label={`GPU ${gpu.index}${gpu.name ? ` ${gpu.name}` : ''}${gpu.unified_memory ? ' (unified memory)' : ''}`}
          usage={gpuUsage(gpu)}
        />
      ))}
      {capacity && (capacity.gpus ?? []).length === 0 && <p class="hint">No GPU reported: models run on the CPU here.</p>}
      <InstalledModels ollama={ollama} catalog={catalog} />
      <LoadedModels ollama={ollama} />
    </article>
  );
}

function OllamaFacts({ ollama }: { ollama: OllamaStatus | undefined }) {
  if (!ollama) return <p class="hint">No Ollama status reported.</p>;
  if (!ollama.reachable) {
    return <p class="host-warning">Ollama not reachable{ollama.error ? `: ${ollama.error}` : ''}</p>;
  }
  const settings = ollama.settings;
  return (
    <dl class="host-facts">
      <dt>Ollama</dt>
      <dd data-ollama-version>{ollama.version ?? 'version unknown'}</dd>
      <dt>Era</dt>
      <dd>
        {ollama.era ?? '–'} <span class="hint">{eraMeaning(ollama.era)}</span>
      </dd>
      {ollama.emulated && (
        <>
          <dt>Emulated</dt>
          <dd>yes: this server is the Ollama emulator, its sizes and timings are modelled, not measured</dd>
        </>
      )}
      {settings && (
        <>
          <dt>Settings</dt>
          <dd>
            {[
              settings.context_length && `context ${settings.context_length}`,
              settings.num_parallel && `${settings.num_parallel} parallel`,
              settings.kv_cache_type && `KV ${settings.kv_cache_type}`,
              settings.flash_attention !== undefined && `flash attention ${settings.flash_attention ? 'on' : 'off'}`,
            ]
              .filter(Boolean)
              .join(', ') || 'defaults'}
          </dd>
        </>
      )}
    </dl>
  );
}

function modelLink(name: string, catalog: Set<string>) {
  const bare = name.endsWith(':latest') ? name.slice(0, -':latest'.length) : name;
  const known = catalog.has(name) ? name : catalog.has(bare) ? bare : null;
  return known ? <a href={href('/models/:name', { name: known })}>{name}</a> : name;
}

function InstalledModels({ ollama, catalog }: { ollama: OllamaStatus | undefined; catalog: Set<string> }) {
  const installed = ollama?.installed_models ?? [];
  if (!ollama?.reachable) return null;
  if (installed.length === 0) return <p class="hint">No models installed.</p>;
  return (
    <table class="host-models">
      <caption>Installed models ({installed.length})</caption>
      <thead>
        <tr>
          <th scope="col">Model</th>
          <th scope="col">Parameters</th>
          <th scope="col">Quantization</th>
          <th scope="col">Size</th>
        </tr>
      </thead>
      <tbody>
        {installed.map((model) => (
          <tr key={model.name}>
            <td>{modelLink(model.name, catalog)}</td>
            <td>{model.parameter_size ?? '–'}</td>
            <td>{model.quantization_level ?? '–'}</td>
            <td>{bytes(model.size_bytes)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function LoadedModels({ ollama }: { ollama: OllamaStatus | undefined }) {
  const loaded = ollama?.loaded_models ?? [];
  if (!ollama?.reachable) return null;
  if (loaded.length === 0) return <p class="hint">No model loaded in memory now.</p>;
  return (
    <table class="host-models">
      <caption>Loaded now ({loaded.length}, as Ollama's /api/ps reports them)</caption>
      <thead>
        <tr>
          <th scope="col">Model</th>
          <th scope="col">Size</th>
          <th scope="col">Processor</th>
          <th scope="col">Context</th>
        </tr>
      </thead>
      <tbody>
        {loaded.map((model) => (
          <tr key={model.name}>
            <td>{model.name}</td>
            <td>{bytes(model.size_bytes)}</td>
            <td>{loadedProcessor(model)}</td>
            <td>{model.context_length ? number(model.context_length, 0) : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
