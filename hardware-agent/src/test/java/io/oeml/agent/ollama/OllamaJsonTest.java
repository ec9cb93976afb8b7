package io.oeml.agent.ollama;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.oeml.agent.Fixtures;
import io.oeml.events.capacity.InstalledModel;
import io.oeml.events.capacity.LoadedModel;
import io.vertx.core.json.JsonObject;

class OllamaJsonTest {

    @Test
    void loadedModelHasSizeVramContextAndExpiryInUtc() {
        List<LoadedModel> loaded = OllamaJson.loaded(new JsonObject(Fixtures.text("ollama/ps.json")));

        assertEquals(List.of(new LoadedModel("llama3.1:8b", 6654289920L, 5368709120L, 4096,
                Instant.parse("2026-11-26T22:38:31.83753Z"))), loaded);
    }

    @Test
    void installedModelsCarryDiskSizeAndQuantisation() {
        List<InstalledModel> installed = OllamaJson.installed(new JsonObject(Fixtures.text("ollama/tags.json")));

        assertEquals(2, installed.size());
        assertEquals(new InstalledModel("nomic-embed-text:latest",
                "0a109f422b47e3a30ba2b10eca18548e944e8a23073ee3f3e947efcf3c45e59f", 274302450L, "nomic-bert", "137M", "F16"),
                installed.get(1));
    }

    @Test
    void nothingLoadedIsAnEmptyList() {
        assertEquals(List.of(), OllamaJson.loaded(new JsonObject("{\"models\":[]}")));
    }
}
