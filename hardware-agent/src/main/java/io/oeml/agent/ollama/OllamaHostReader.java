package io.oeml.agent.ollama;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.oeml.agent.config.AgentConfig;
import io.oeml.events.capacity.OllamaStatus;
import io.oeml.ollama.client.OllamaClient;
import io.oeml.ollama.client.OllamaClients;
import io.oeml.ollama.client.OllamaHostConfig;
import io.oeml.ollama.client.version.HostVersion;
import io.smallrye.mutiny.Uni;

/**
 * Reads the Ollama server beside the agent through the shared client: {@code /api/version} (read afresh each time, so
 * an upgrade is seen), {@code /api/tags} and {@code /api/ps}, in parallel, each bounded by {@code agent.ollama.timeout}.
 * An unreachable or failing server is reported in the status, never thrown.
 */
@ApplicationScoped
public class OllamaHostReader {

    private final OllamaClient client;
    private final Map<String, String> environment;

    @Inject
    public OllamaHostReader(OllamaClients clients, AgentConfig config) {
        this(clients.forHost(OllamaHostConfig.of(config.ollama().baseUrl())
                .withConnectTimeout(config.ollama().timeout())
                .withReadTimeout(config.ollama().timeout())), System.getenv());
    }

    OllamaHostReader(OllamaClient client, Map<String, String> environment) {
        this.client = client;
        this.environment = environment;
    }

    public Uni<OllamaStatus> status() {
        String baseUrl = client.config().baseUrl().toString();
        return Uni.combine().all().unis(client.refreshVersion(), client.tags(), client.ps()).asTuple()
                .map(t -> {
                    HostVersion version = t.getItem1();
                    return new OllamaStatus(baseUrl, true, version.version().toString(), eraLetter(version), null,
                            OllamaModels.installed(t.getItem2()), OllamaModels.loaded(t.getItem3()),
                            OllamaSettingsReader.fromEnvironment(environment), version.emulated());
                })
                .onFailure().recoverWithItem(failure -> OllamaStatus.unreachable(baseUrl, FailureText.of(failure)));
    }

    /** A, B or C as in docs/ollama.md §0, for plain GGUF (llama-engine) models. */
    private static String eraLetter(HostVersion version) {
        return version.era().name().substring(0, 1);
    }
}
