package io.oeml.finetune.backend.modelfile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import io.oeml.finetune.dataset.ChatMessage;
import io.oeml.finetune.evaluation.Conversations;

/**
 * A candidate derived model: a SYSTEM prompt and few-shot MESSAGE turns taken whole from training conversations.
 *
 * @param label how the candidate is named in the logs, e.g. {@code candidate 2 (train examples 4, 9)}
 */
record FewShot(String label, String system, List<ChatMessage> messages) {

    /** The bare base: no system prompt, no examples. */
    static final FewShot BARE = new FewShot("bare base", null, List.of());

    /**
     * {@code count} seeded subsets of {@code k} training conversations each (all of them when there are fewer), each
     * conversation's turns up to its last answer, system messages left out (the candidate's own SYSTEM replaces them).
     */
    static List<FewShot> candidates(List<List<ChatMessage>> train, String system, int k, int count, long seed) {
        List<Integer> usable = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            if (Conversations.lastAssistant(Conversations.withoutSystem(train.get(i))) > 0) {
                usable.add(i);
            }
        }
        List<FewShot> out = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            List<Integer> order = new ArrayList<>(usable);
            Collections.shuffle(order, new Random(seed + c));
            List<Integer> chosen = order.subList(0, Math.min(k, order.size())).stream().sorted().toList();
            List<ChatMessage> messages = new ArrayList<>();
            for (int i : chosen) {
                List<ChatMessage> turns = Conversations.withoutSystem(train.get(i));
                messages.addAll(turns.subList(0, Conversations.lastAssistant(turns) + 1));
            }
            out.add(new FewShot("candidate " + (c + 1) + " (train examples " + chosen.stream()
                    .map(i -> String.valueOf(i + 1)).reduce((a, b) -> a + ", " + b).orElse("none") + ")",
                    system, List.copyOf(messages)));
        }
        return out;
    }

    /** The turns sent ahead of each validation example: the SYSTEM prompt, then the examples. */
    List<ChatMessage> prefix() {
        List<ChatMessage> out = new ArrayList<>();
        if (system != null) {
            out.add(new ChatMessage(ChatMessage.SYSTEM, system));
        }
        out.addAll(messages);
        return out;
    }

    /**
     * The data's own system message when every training conversation has one and it is the same, else
     * {@code fallback}.
     */
    static String systemPrompt(List<List<ChatMessage>> train, String fallback) {
        String common = null;
        for (List<ChatMessage> conversation : train) {
            String own = conversation.stream().filter(m -> ChatMessage.SYSTEM.equals(m.role())).map(ChatMessage::content)
                    .findFirst().orElse(null);
            if (own == null || (common != null && !common.equals(own))) {
                return fallback;
            }
            common = own;
        }
        return common == null ? fallback : common;
    }
}
