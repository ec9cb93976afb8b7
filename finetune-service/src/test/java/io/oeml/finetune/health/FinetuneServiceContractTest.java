package io.oeml.finetune.health;

import io.oeml.finetune.job.JobDoublesProfile;
import io.oeml.infra.testing.RealInfraResource;
import io.oeml.infra.testing.ServiceContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

// the doubles stand in for the datasets, backends and deployment beans other branches provide
@QuarkusTest
@TestProfile(JobDoublesProfile.class)
@WithTestResource(RealInfraResource.class)
class FinetuneServiceContractTest extends ServiceContract {

    @Override
    public String apiRoute() {
        // the seed's job list: served by FineTuningResource, behind the shared /api/* identity check
        return "/api/ai/ollama/fine-tuning/jobs";
    }
}
