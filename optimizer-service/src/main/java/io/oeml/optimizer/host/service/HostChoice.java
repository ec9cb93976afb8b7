package io.oeml.optimizer.host.service;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.oeml.estimator.model.ModelSpec;
import io.oeml.evaluation.suite.ModelType;
import io.oeml.ollama.client.model.ModelNames;
import io.oeml.ollama.client.model.ModelSummary;
import io.oeml.ollama.client.model.TagsResponse;
import io.oeml.optimizer.space.CustomSpace;
import io.oeml.optimizer.space.HostModelFacts;
import io.oeml.optimizer.space.OllamaSearchSpaces;
import io.oeml.optimizer.space.SpaceReport;

/** The planner's choices, without I/O: which hosts are candidates, which have the model, what the space is. */
final class HostChoice {

    private HostChoice() {
    }

    /** The fleet's hosts, then the configured default Ollama unless a fleet host already reports its URL. */
    static List<CandidateHost> withLocal(List<CandidateHost> fleet, CandidateHost local) {
        if (fleet.stream().anyMatch(host -> sameOllama(host.baseUrl(), local.baseUrl()))) {
            return fleet;
        }
        List<CandidateHost> all = new ArrayList<>(fleet);
        all.add(local);
        return all;
    }

    /** Same scheme, host name (any case), port (80/443 when absent) and path prefix. */
    static boolean sameOllama(String a, String b) {
        return key(a).equals(key(b));
    }

    /** The host's entry for the model: the same name (a bare name meaning {@code :latest}), not a cloud stub. */
    static Optional<ModelSummary> installed(TagsResponse tags, String model) {
        return tags.models().stream().filter(summary -> summary.remoteHost() == null)
                .filter(summary -> ModelNames.same(model, summary.name()) || ModelNames.same(model, summary.model()))
                .findFirst();
    }

    /** The host with the least free memory (VRAM + RAM); ties go to the first in the list. */
    static CandidateHost smallest(List<CandidateHost> hosts) {
        return hosts.stream().min(Comparator.comparingLong(CandidateHost::freeMemoryBytes)).orElseThrow();
    }

    /**
     * The user's space as given, or the model type's built-in space on the smallest host with num_thread capped at
     * the fewest CPU threads of the hosts, so that every trial fits and is valid on any of them.
     *
     * @param modelNotes what the model's facts had to infer, reported with the bounds they affect
     */
    static SpaceReport space(ModelType type, CustomSpace custom, ModelSpec model, List<String> modelNotes,
            List<CandidateHost> hosts) {
        if (custom != null) {
            return new SpaceReport(custom.space(), List.of(), List.of());
        }
        CandidateHost smallest = smallest(hosts);
        int threads = hosts.stream().mapToInt(CandidateHost::cpuThreads).min().orElseThrow();
        SpaceReport built = OllamaSearchSpaces.forModelType(type,
                new HostModelFacts(model, smallest.hardware(), threads, smallest.server()));
        List<String> bounds = new ArrayList<>();
        bounds.add("bounded by " + smallest.hostId() + ", the host with the least free memory of "
                + hosts.stream().map(CandidateHost::hostId).toList()
                + (threads < smallest.cpuThreads() ? "; num_thread by the fewest CPU threads (" + threads + ")" : ""));
        bounds.addAll(built.bounds());
        modelNotes.forEach(note -> bounds.add("model facts: " + note));
        return new SpaceReport(built.space(), built.leftOut(), bounds);
    }

    private static String key(String baseUrl) {
        try {
            URI uri = URI.create(baseUrl.strip());
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port + path;
        } catch (RuntimeException malformed) {
            return String.valueOf(baseUrl);
        }
    }
}
