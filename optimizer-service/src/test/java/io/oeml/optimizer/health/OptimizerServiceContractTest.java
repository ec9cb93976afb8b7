package io.oeml.optimizer.health;

import io.oeml.infra.testing.RealInfraResource;
import io.oeml.infra.testing.ServiceContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(RealInfraResource.class)
class OptimizerServiceContractTest extends ServiceContract {

    @Override
    public String apiRoute() {
        return "/api/ai/ollama/optimization/sessions";
    }
}
