package io.oeml.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class EnvReferenceTest {

    @Test
    void aReferenceWithoutADefaultIsRequired() {
        assertThat(EnvReference.in("k", "${IDENTITY_JWKS}"))
                .containsExactly(new EnvReference("IDENTITY_JWKS", Optional.empty(), "k"));
    }

    @Test
    void aReferenceNestedInAnothersDefaultIsFoundWithItsOwnDefault() {
        assertThat(EnvReference.in("k", "${ROOTS:${BASE:/srv}/data,x}/more"))
                .containsExactly(new EnvReference("ROOTS", Optional.of("${BASE:/srv}/data,x"), "k"),
                        new EnvReference("BASE", Optional.of("/srv"), "k"));
    }

    @Test
    void aLowerCaseReferenceIsAnotherConfigKeyNotAVariable() {
        assertThat(EnvReference.in("k", "${oeml.topic.audit-events}")).isEmpty();
    }

    @Test
    void aDefaultNamingThisMachineIsALoopbackDefault() {
        assertThat(EnvReference.in("k", "${KAFKA:127.0.0.1:9092}").get(0).defaultsToLoopback()).isTrue();
        assertThat(EnvReference.in("k", "${URL:http://ollama:11434}").get(0).defaultsToLoopback()).isFalse();
    }
}
