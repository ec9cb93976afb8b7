package io.oeml.finetune.health;

import io.oeml.finetune.dataset.rest.DatasetDoublesProfile;
import io.oeml.infra.testing.RealInfraResource;
import io.oeml.infra.testing.ServiceContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
// until the backends' BaseModelLookup is merged, the datasets' double stands in for it
@TestProfile(DatasetDoublesProfile.class)
@WithTestResource(RealInfraResource.class)
class FinetuneServiceContractTest extends ServiceContract {

    @Override
    public String apiRoute() {
        // no endpoint serves it yet: the shared /api/* permission refuses it first
        return "/api/ai/ollama/fine-tuning/jobs";
    }
}
