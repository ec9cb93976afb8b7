package io.oeml.gateway.auth.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeyFormatTest {

    private static final String ID = "0123456789ab";
    private static final String SECRET = "Ab_-0123456789abcdefghijklmnopqrstuvwxyzABC";

    @Test
    void aGeneratedKeyParsesBackToItsParts() {
        ApiKeyFormat.Parts parts = ApiKeyFormat.generate();

        assertThat(ApiKeyFormat.parse(parts.key())).contains(parts);
    }

    @Test
    void theSecretMayContainTheSeparator() {
        assertThat(ApiKeyFormat.parse("oeml_" + ID + "_" + SECRET)).contains(new ApiKeyFormat.Parts(ID, SECRET));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "oeml_",
            "oeml_0123456789ab_Ab_-0123456789abcdefghijklmnopqrstuvwxyzAB", // secret one short
            "oeml_0123456789ab_Ab_-0123456789abcdefghijklmnopqrstuvwxyzABCD", // secret one long
            "OEML_0123456789ab_Ab_-0123456789abcdefghijklmnopqrstuvwxyzABC", // prefix
            "oeml_0123456789AB_Ab_-0123456789abcdefghijklmnopqrstuvwxyzABC", // upper-case id
            "oeml_0123456789ag_Ab_-0123456789abcdefghijklmnopqrstuvwxyzABC", // not hex
            "oeml_0123456789ab-Ab_-0123456789abcdefghijklmnopqrstuvwxyzABC", // separator
            "oeml_0123456789ab_Ab_-0123456789abcdefghijklmnopqrstuvwxyzAB=", // padding
            "oeml_0123456789ab_Ab_-0123456789abcdefghijklmnopqrstuvwxyzAB\u00e9", // not base64url
    })
    void anythingElseIsNotAKey(String presented) {
        assertThat(ApiKeyFormat.parse(presented)).isEmpty();
    }
}
