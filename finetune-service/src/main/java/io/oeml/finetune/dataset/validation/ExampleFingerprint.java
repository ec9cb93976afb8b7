package io.oeml.finetune.dataset.validation;

import io.oeml.finetune.dataset.ChatMessage;
import io.oeml.finetune.dataset.format.Example;

/**
 * A 64-bit hash of an example with its whitespace normalised (runs of whitespace count as one space, ends trimmed),
 * so reformatted copies are duplicates. FNV-1a over roles and contents, finished with MurmurHash3's mix: two
 * different examples among a million collide with a probability of about 3e-8.
 */
final class ExampleFingerprint {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private ExampleFingerprint() {
    }

    static long of(Example example) {
        long hash = FNV_OFFSET;
        for (ChatMessage turn : example.messages()) {
            hash = add(hash, turn.role());
            hash = (hash ^ 0x1F) * FNV_PRIME;
            String content = turn.content();
            boolean space = false;
            boolean started = false;
            for (int i = 0; i < content.length(); i++) {
                char c = content.charAt(i);
                if (Character.isWhitespace(c)) {
                    space = started;
                    continue;
                }
                if (space) {
                    hash = (hash ^ ' ') * FNV_PRIME;
                    space = false;
                }
                started = true;
                hash = (hash ^ c) * FNV_PRIME;
            }
            hash = (hash ^ 0x1E) * FNV_PRIME;
        }
        return mix(hash);
    }

    /** MurmurHash3 fmix64: spreads every input bit over the output, also for the split. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static long add(long hash, String text) {
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * FNV_PRIME;
        }
        return hash;
    }
}
