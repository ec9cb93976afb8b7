package io.oeml.gateway.openapi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The name each part's schemas get in the aggregated document. A name that several parts define alike stays as it is
 * (one copy); a name they define differently is prefixed by the part, {@code library-service.Page}, in every part that
 * defines it, so no part's references change meaning.
 */
final class SchemaNames {

    private final Map<String, Map<String, String>> renamesByService;

    private SchemaNames(Map<String, Map<String, String>> renamesByService) {
        this.renamesByService = renamesByService;
    }

    static SchemaNames of(List<ServiceDocument> parts) {
        Map<String, Map<String, Schema>> definitionsByName = new HashMap<>();
        for (ServiceDocument part : parts) {
            part.document().ifPresent(document -> schemas(document.getComponents() == null ? null
                    : document.getComponents().getSchemas()).forEach((name, schema) -> definitionsByName
                            .computeIfAbsent(name, n -> new HashMap<>()).put(part.service(), schema)));
        }
        Map<String, Map<String, String>> renames = new HashMap<>();
        definitionsByName.forEach((name, definitions) -> {
            if (definitions.values().stream().distinct().count() > 1) {
                definitions.keySet().forEach(service -> renames.computeIfAbsent(service, s -> new HashMap<>())
                        .put(name, service + "." + name));
            }
        });
        return new SchemaNames(renames);
    }

    /** The schemas of {@code service} that are renamed, old name to new. */
    Map<String, String> renamesOf(String service) {
        return renamesByService.getOrDefault(service, Map.of());
    }

    private static Map<String, Schema> schemas(Map<String, Schema> schemas) {
        return schemas == null ? Map.of() : schemas;
    }
}
