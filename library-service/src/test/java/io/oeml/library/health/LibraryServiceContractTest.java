package io.oeml.library.health;

import io.oeml.infra.testing.RealInfraResource;
import io.oeml.infra.testing.ServiceContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(RealInfraResource.class)
class LibraryServiceContractTest extends ServiceContract {

    @Override
    public String apiRoute() {
        return "/api/ai/ollama/models/library";
    }
}
