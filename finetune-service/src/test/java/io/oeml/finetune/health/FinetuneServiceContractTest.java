package io.oeml.finetune.health;

import io.oeml.infra.testing.RealInfraResource;
import io.oeml.infra.testing.ServiceContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(RealInfraResource.class)
class FinetuneServiceContractTest extends ServiceContract {

    @Override
    public String apiRoute() {
        // the seed's job list: served by FineTuningResource, behind the shared /api/* identity check
        return "/api/ai/ollama/fine-tuning/jobs";
    }
}
