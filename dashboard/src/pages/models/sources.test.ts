import { describe, expect, it } from 'vitest';

import { citedSources, isUnlinked, registryKeys } from './sources';
import type { Fact } from './types';

const fact = (name: string, source: string): Fact => ({ name, value: 1, source });

describe('registryKeys', () => {
  it('finds every registry key of a combined source once, in order', () => {
    expect(registryKeys('L31MC: meta-llama/llama-models | TT: pytorch/torchtune | L31MC: again')).toEqual(['L31MC', 'TT']);
  });

  it('finds keys named inside a benchmark citation', () => {
    expect(registryKeys('Q25TR Tables 6-10 (instruct HumanEval); Q3TR Tables 3-8 (MMLU 5-shot)')).toEqual(['Q25TR', 'Q3TR']);
  });

  it('ignores upper-case words that are not registry keys', () => {
    expect(registryKeys('MMLU 5-shot, GSM8K CoT')).toEqual([]);
  });
});

describe('citedSources', () => {
  it('links an ollama.com listing to the model page it names', () => {
    const [listing] = citedSources([fact('tag', 'OLG: ollama.com/library/llama3.1 (scrape D3rhami/ollama_gallery@5d4b656)')]);
    expect(listing.url).toBe('https://ollama.com/library/llama3.1');
  });

  it('links a model card at the commit the registry read', () => {
    const [card] = citedSources([fact('license', 'L31MC: meta-llama/llama-models models/llama3_1/MODEL_CARD.md')]);
    expect(card.url).toBe('https://github.com/meta-llama/llama-models/blob/a9c89c4/models/llama3_1/MODEL_CARD.md');
  });

  it('lists one source per document with every fact citing it', () => {
    const sources = citedSources([fact('block_count', 'TT: x | MLC: y'), fact('head_count', 'TT: x')]);
    expect(sources.map((s) => [s.key, s.facts])).toEqual([
      ['TT', ['block_count', 'head_count']],
      ['MLC', ['block_count']],
    ]);
  });

  it('marks a source as the base model’s when only inherited facts cite it', () => {
    const [source] = citedSources([
      fact('architecture', 'inherited from smollm2:135m (the base; not read from or measured on this model): DOCK: docker/model-cards'),
    ]);
    expect(source.inherited).toBe(true);
  });
});

describe('isUnlinked', () => {
  it('is true for a computed fact', () => {
    expect(isUnlinked('computed in models.csv: 2 · block_count · head_count_kv · head_dim · 2 bytes')).toBe(true);
  });
});
