package io.oeml.finetune.deploy.service;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.oeml.ollama.client.model.ModelSummary;

/** Version numbers of a target name: the ones taken, and the smallest free one. */
final class NextVersion {

    private static final Pattern VERSION_TAG = Pattern.compile(":v([1-9][0-9]{0,8})$");

    private NextVersion() {
    }

    /** The smallest N ≥ 1 not in {@code taken}. */
    static int smallestFree(Collection<Integer> taken) {
        Set<Integer> used = new HashSet<>(taken);
        int n = 1;
        while (used.contains(n)) {
            n++;
        }
        return n;
    }

    /** The N of every {@code target:vN} the host lists (names compared case-insensitively, as Ollama does). */
    static Set<Integer> onHost(String target, Collection<ModelSummary> models) {
        Set<Integer> out = new HashSet<>();
        String prefix = target.toLowerCase(Locale.ROOT) + ":";
        for (ModelSummary m : models) {
            String name = (m.name() != null ? m.name() : m.model()).toLowerCase(Locale.ROOT);
            if (!name.startsWith(prefix)) {
                continue;
            }
            Matcher v = VERSION_TAG.matcher(name);
            if (v.find() && v.start() == prefix.length() - 1) {
                out.add(Integer.parseInt(v.group(1)));
            }
        }
        return out;
    }
}
