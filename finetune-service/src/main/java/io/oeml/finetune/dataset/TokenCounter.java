package io.oeml.finetune.dataset;

import java.nio.file.Path;

/** Real tokenization of converted chat data by a backend that can offer it (the llama_cpp trainer can). Blocking. */
public interface TokenCounter {

    TokenStatistics count(Path chatJsonl, int contextLength);
}
