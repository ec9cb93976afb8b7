import type { Fact } from './types';

/**
 * library-service's `GET /models/sources`: the catalog's source registry (its `catalog/sources.csv`). A fact's source
 * names registry keys (`L31MC: meta-llama/llama-models models/llama3_1/MODEL_CARD.md | TT: ...`), and each key stands
 * for one document, linked at the commit that was read where there is one.
 */
export interface RegisteredSource {
  key: string;
  title: string;
  url: string;
  /** What was read there. */
  read: string;
}

export interface SourceList {
  sources: RegisteredSource[];
}

export type Registry = Map<string, RegisteredSource>;

export function registryOf(list: SourceList): Registry {
  return new Map(list.sources.map((source) => [source.key, source]));
}

/** One document the page links to, with the facts that cite it. */
export interface CitedSource {
  key: string;
  title: string;
  url: string;
  read: string;
  facts: string[];
  /** Every fact citing it is the base model's, inherited by a fine-tuned model. */
  inherited: boolean;
}

const KEY = /\b([A-Z][A-Z0-9]{1,7})\b/g;
const OLLAMA_PAGE = /\bollama\.com\/library\/([A-Za-z0-9._-]+)/;

/** The registry keys a source text names, in order of appearance, each once. */
export function registryKeys(source: string, registry: Registry): string[] {
  const keys: string[] = [];
  for (const match of source.matchAll(KEY)) {
    if (registry.has(match[1]) && !keys.includes(match[1])) keys.push(match[1]);
  }
  return keys;
}

/** The link of a key as this source text cites it: an ollama.com listing names the model's own page. */
function linkOf(registered: RegisteredSource, source: string): RegisteredSource {
  if (registered.key === 'OLG') {
    const page = OLLAMA_PAGE.exec(source);
    if (page) return { ...registered, title: `ollama.com/library/${page[1]}`, url: `https://ollama.com/library/${page[1]}` };
  }
  return registered;
}

/** Every registry document the facts cite, in order of first citation, with the names of the facts citing it. */
export function citedSources(facts: Fact[], registry: Registry): CitedSource[] {
  const byUrl = new Map<string, CitedSource>();
  for (const fact of facts) {
    const inherited = fact.source.startsWith('inherited from ');
    for (const key of registryKeys(fact.source, registry)) {
      const link = linkOf(registry.get(key)!, fact.source);
      const cited = byUrl.get(link.url);
      if (cited) {
        if (!cited.facts.includes(fact.name)) cited.facts.push(fact.name);
        cited.inherited = cited.inherited && inherited;
      } else {
        byUrl.set(link.url, { key, title: link.title, url: link.url, read: link.read, facts: [fact.name], inherited });
      }
    }
  }
  return [...byUrl.values()];
}

/** How a fact's source reads when it names no registry document (a formula, an inference, a host's /api/show). */
export function isUnlinked(source: string, registry: Registry): boolean {
  return registryKeys(source, registry).length === 0;
}
