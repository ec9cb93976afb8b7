package io.oeml.library.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.oeml.library.catalog.model.RegisteredSource;

class SourceRegistryTest {

    private static final SourceRegistry SHIPPED = new SourceRegistry();

    @Test
    void everyFactOfTheShippedCatalogThatWasReadInADocumentNamesARegisteredOne() {
        List<String> unregistered = CatalogFixture.shippedCatalog().stream()
                .flatMap(model -> model.facts().stream().map(fact -> model.name() + " " + fact.name() + ": " + fact.source()))
                .filter(cited -> !isInference(cited))
                .filter(cited -> SHIPPED.keysIn(cited).isEmpty())
                .toList();

        assertThat(unregistered).isEmpty();
    }

    @Test
    void everyKeyAFactCitesBeforeALocatorIsRegistered() {
        // a source is "KEY: locator", several joined by " | "
        Pattern citedKey = Pattern.compile("(?:^|\\| )([A-Z][A-Z0-9]{1,7}): ");
        List<String> unregistered = CatalogFixture.shippedCatalog().stream()
                .flatMap(model -> model.facts().stream())
                .flatMap(fact -> citedKey.matcher(fact.source()).results().map(match -> match.group(1)))
                .filter(key -> SHIPPED.keysIn(key).isEmpty())
                .distinct()
                .toList();

        assertThat(unregistered).isEmpty();
    }

    @Test
    void everyRegisteredDocumentHasATitleAndAnHttpsLink() {
        assertThat(SHIPPED.sources()).isNotEmpty().allSatisfy(source -> {
            assertThat(source.title()).isNotBlank();
            assertThat(source.url()).startsWith("https://");
        });
    }

    @Test
    void keysAreFoundInsideACitationOnceInOrderOfAppearance() {
        SourceRegistry registry = new SourceRegistry(List.of(document("Q25TR"), document("Q3TR")));

        assertThat(registry.keysIn("Q25TR Tables 6-10 (instruct HumanEval); Q3TR Tables 3-8 | Q25TR again"))
                .containsExactly("Q25TR", "Q3TR");
    }

    @Test
    void upperCaseWordsThatAreNotKeysAreIgnored() {
        assertThat(new SourceRegistry(List.of(document("L31MC"))).keysIn("MMLU 5-shot, GSM8K CoT")).isEmpty();
    }

    /** A fact computed or inferred from the row's other facts, or a column's own description, cites no document. */
    private static boolean isInference(String cited) {
        return cited.contains(": computed") || cited.contains(": inferred") || cited.contains("models.csv");
    }

    private static RegisteredSource document(String key) {
        return new RegisteredSource(key, key + " document", "https://example.org/" + key, "all of it");
    }
}
