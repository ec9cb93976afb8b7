package io.oeml.finetune.backend;

import java.nio.file.Path;
import java.util.List;

import io.oeml.finetune.dataset.PreparedDataset;
import io.oeml.finetune.host.FinetuneHostsConfig;
import io.oeml.finetune.hyperparameters.Hyperparameters;

/** Small bases, hyperparameters and requests for the backend tests. */
public final class TrainingFixtures {

    private TrainingFixtures() {
    }

    public static BaseModel base(String architecture, Path weights) {
        return new BaseModel("tiny-" + architecture, "local", architecture, 8192, "{{ .Prompt }}",
                List.of("<|im_end|>"), null, weights, "135M", "Q4_1");
    }

    /** The seed's "efficient" preset with a 256-token window. */
    public static Hyperparameters efficient() {
        return new Hyperparameters("efficient", 2e-5, 2, 2, 50, 256, 0.1, 42, 0.0, null);
    }

    public static TrainingRequest request(BaseModel base, Hyperparameters hyperparameters, Path train, Path val,
            Path workDir) {
        return new TrainingRequest("job-1", base, new PreparedDataset(train, val, null),
                hyperparameters, workDir);
    }

    /** The service's one host, {@code local}, at {@code baseUrl}. */
    public static FinetuneHostsConfig localHost(String baseUrl) {
        return new FinetuneHostsConfig() {
            @Override
            public String localHost() {
                return "local";
            }

            @Override
            public String localBaseUrl() {
                return baseUrl;
            }
        };
    }
}
