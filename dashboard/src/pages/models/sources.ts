import type { Fact } from './types';

/**
 * The catalog's source registry (docs/models-csv.md, "Source registry") as links: a fact's source names registry
 * keys (`L31MC: meta-llama/llama-models models/llama3_1/MODEL_CARD.md | TT: ...`), and each key stands for one
 * document. Links go to the commit that was read where the registry names one; where it read a mirror of a model
 * card, to the card itself. `title` is the registry's own description, so the reader sees what was read.
 */
export interface RegistrySource {
  title: string;
  url: string;
}

const GH = 'https://github.com/';
const HF = 'https://huggingface.co/';
const ARXIV = 'https://arxiv.org/abs/';

export const SOURCE_REGISTRY: Record<string, RegistrySource> = {
  OLG: { title: 'ollama.com/library pages (scrape D3rhami/ollama_gallery @5d4b656)', url: GH + 'D3rhami/ollama_gallery/tree/5d4b656/data' },
  OLCONV: { title: 'ollama/ollama convert/*.go @fb30760', url: GH + 'ollama/ollama/tree/fb30760/convert' },
  OLCAP: { title: 'ollama/ollama server/images.go Capabilities() @fb30760', url: GH + 'ollama/ollama/blob/fb30760/server/images.go' },
  TT: { title: 'pytorch/torchtune model builders @bd2a0fc', url: GH + 'pytorch/torchtune/tree/bd2a0fc/torchtune/models' },
  MLC: { title: 'mlc-ai/mlc-llm model_preset.py (HF config copies) @79d603f', url: GH + 'mlc-ai/mlc-llm/blob/79d603f/python/mlc_llm/model/model_preset.py' },
  CFGMD: { title: 'citsjtu2020/LLM-Prof sglang/Model_Config.md (HF config copies)', url: GH + 'citsjtu2020/LLM-Prof/blob/HEAD/sglang/Model_Config.md' },
  GPT: { title: 'google/gemma_pytorch gemma/config.py @014acb7', url: GH + 'google/gemma_pytorch/blob/014acb7/gemma/config.py' },
  L31MC: { title: 'Llama 3.1 model card @a9c89c4', url: GH + 'meta-llama/llama-models/blob/a9c89c4/models/llama3_1/MODEL_CARD.md' },
  L32MC: { title: 'Llama 3.2 model card @a9c89c4', url: GH + 'meta-llama/llama-models/blob/a9c89c4/models/llama3_2/MODEL_CARD.md' },
  L32VMC: { title: 'Llama 3.2 Vision model card @a9c89c4', url: GH + 'meta-llama/llama-models/blob/a9c89c4/models/llama3_2/MODEL_CARD_VISION.md' },
  L33MC: { title: 'Llama 3.3 model card @a9c89c4', url: GH + 'meta-llama/llama-models/blob/a9c89c4/models/llama3_3/MODEL_CARD.md' },
  Q3TR: { title: 'Qwen3 Technical Report (arXiv 2505.09388)', url: ARXIV + '2505.09388' },
  Q25TR: { title: 'Qwen2.5 Technical Report (arXiv 2412.15115)', url: ARXIV + '2412.15115' },
  Q25HF: { title: 'Qwen2.5 model cards (ZHUI/paddlenlp_model_readme mirror @40a7101)', url: GH + 'ZHUI/paddlenlp_model_readme/tree/40a7101/Qwen' },
  QCBLOG: { title: 'Qwen blog: Qwen2.5-Coder family model table @1f89f8c', url: GH + 'QwenLM/qwenlm.github.io/blob/1f89f8c/content/blog/qwen2.5-coder-family/index.md' },
  QBLOG: { title: 'Qwen blog post dates @1f89f8c', url: GH + 'QwenLM/qwenlm.github.io/tree/1f89f8c/content/blog' },
  QCTR: { title: 'Qwen2.5-Coder Technical Report (arXiv 2409.12186; figures via public notes)', url: ARXIV + '2409.12186' },
  QVLRM: { title: 'QwenLM/Qwen2.5-VL README benchmark table @f0af299', url: GH + 'QwenLM/Qwen2.5-VL/blob/f0af299/README.md' },
  QVLCFG: { title: 'Qwen2.5-VL HF config (public copies)', url: HF + 'Qwen/Qwen2.5-VL-3B-Instruct/blob/main/config.json' },
  G2TR: { title: 'Gemma 2 Technical Report (arXiv 2408.00118)', url: ARXIV + '2408.00118' },
  G3TR: { title: 'Gemma 3 Technical Report (arXiv 2503.19786)', url: ARXIV + '2503.19786' },
  M7P: { title: 'Mistral 7B paper (arXiv 2310.06825)', url: ARXIV + '2310.06825' },
  NEMOMC: { title: 'Mistral NeMo announcement and model card', url: 'https://mistral.ai/news/mistral-nemo' },
  MIXMC: { title: 'Mixtral-8x7B-Instruct-v0.1 model card', url: HF + 'mistralai/Mixtral-8x7B-Instruct-v0.1' },
  M7V3MC: { title: 'Mistral-7B-Instruct-v0.3 model card', url: HF + 'mistralai/Mistral-7B-Instruct-v0.3' },
  DOCK: { title: 'docker/model-cards ai/*.md @a433166', url: GH + 'docker/model-cards/tree/a433166/ai' },
  PHI3CFG: { title: 'ThanatosShinji/onnx-tool llm.py (Phi-3 HF config copies)', url: GH + 'ThanatosShinji/onnx-tool/blob/HEAD/onnx_tool/llm.py' },
  PHI3MC: { title: 'Phi-3-medium-128k-instruct model card', url: HF + 'microsoft/Phi-3-medium-128k-instruct' },
  DSR1: { title: 'deepseek-ai/DeepSeek-R1 README @0cf7856', url: GH + 'deepseek-ai/DeepSeek-R1/blob/0cf7856/README.md' },
  DSR1Q3: { title: 'DeepSeek-R1-0528-Qwen3-8B card (figures as quoted on public pages)', url: HF + 'deepseek-ai/DeepSeek-R1-0528-Qwen3-8B' },
  DSCV2: { title: 'deepseek-ai/DeepSeek-Coder-V2 README and paper @c59bc46', url: GH + 'deepseek-ai/DeepSeek-Coder-V2/tree/c59bc46' },
  DSV2P: { title: 'DeepSeek-V2 paper (arXiv 2405.04434), Appendix B.1', url: ARXIV + '2405.04434' },
  TRTSC2: { title: 'NVIDIA/TensorRT-LLM StarCoder2 test configs', url: GH + 'NVIDIA/TensorRT-LLM/blob/HEAD/tests/unittest/_torch/modeling/test_modeling_starcoder2.py' },
  SC2LIC: { title: 'bigcode/starcoder2-3b card metadata', url: HF + 'bigcode/starcoder2-3b' },
  LLAVAMC: { title: 'LLaVA v1.6 model cards', url: HF + 'liuhaotian/llava-v1.6-vicuna-13b' },
  MCPMV: { title: 'OpenBMB/MiniCPM-V docs/minicpm_v2dot6.md', url: GH + 'OpenBMB/MiniCPM-V/blob/HEAD/docs/minicpm_v2dot6.md' },
  NOMIC: { title: 'nomic-embed-text-v1.5 model card', url: HF + 'nomic-ai/nomic-embed-text-v1.5' },
  BGEM3: { title: 'BAAI/bge-m3 model card', url: HF + 'BAAI/bge-m3' },
  TLMC: { title: 'TinyLlama-1.1B-Chat-v1.0 model card', url: HF + 'TinyLlama/TinyLlama-1.1B-Chat-v1.0' },
  CLLP: { title: 'Code Llama paper (arXiv 2308.12950)', url: ARXIV + '2308.12950' },
  GRAN: { title: 'IBM Granite 3.x (third-party summaries; low confidence)', url: HF + 'ibm-granite' },
};

/** One document the page links to, with the facts that cite it. */
export interface CitedSource {
  key: string;
  title: string;
  url: string;
  facts: string[];
  /** Every fact citing it is the base model's, inherited by a fine-tuned model. */
  inherited: boolean;
}

const KEY = /\b([A-Z][A-Z0-9]{1,7})\b/g;
const OLLAMA_PAGE = /\bollama\.com\/library\/([A-Za-z0-9._-]+)/;

/** The registry keys a source text names, in order of appearance, each once. */
export function registryKeys(source: string): string[] {
  const keys: string[] = [];
  for (const match of source.matchAll(KEY)) {
    if (SOURCE_REGISTRY[match[1]] && !keys.includes(match[1])) keys.push(match[1]);
  }
  return keys;
}

/** The link of a key as this source text cites it: an ollama.com listing names the model's own page. */
function linkOf(key: string, source: string): RegistrySource {
  const registered = SOURCE_REGISTRY[key];
  if (key === 'OLG') {
    const page = OLLAMA_PAGE.exec(source);
    if (page) return { title: `ollama.com/library/${page[1]} (as scraped @5d4b656)`, url: `https://ollama.com/library/${page[1]}` };
  }
  return registered;
}

/** Every registry document the facts cite, in order of first citation, with the names of the facts citing it. */
export function citedSources(facts: Fact[]): CitedSource[] {
  const byUrl = new Map<string, CitedSource>();
  for (const fact of facts) {
    const inherited = fact.source.startsWith('inherited from ');
    for (const key of registryKeys(fact.source)) {
      const link = linkOf(key, fact.source);
      const cited = byUrl.get(link.url);
      if (cited) {
        if (!cited.facts.includes(fact.name)) cited.facts.push(fact.name);
        cited.inherited = cited.inherited && inherited;
      } else {
        byUrl.set(link.url, { key, title: link.title, url: link.url, facts: [fact.name], inherited });
      }
    }
  }
  return [...byUrl.values()];
}

/** How a fact's source reads when it names no registry document (a formula, an inference, a host's /api/show). */
export function isUnlinked(source: string): boolean {
  return registryKeys(source).length === 0;
}
