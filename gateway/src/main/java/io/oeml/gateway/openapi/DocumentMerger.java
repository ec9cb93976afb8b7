package io.oeml.gateway.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.info.Info;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import io.smallrye.openapi.api.util.FilterUtil;

/**
 * Merges the gateway's document and the services' into one: the paths each part serves through the gateway, their
 * schemas (renamed on a conflict, {@link SchemaNames}) and tags. A part without a document is listed under
 * {@value #UNAVAILABLE}. The parts' documents are changed in place: each is read anew for every merge.
 */
final class DocumentMerger {

    static final String UNAVAILABLE = "x-oeml-unavailable";

    private DocumentMerger() {
    }

    static OpenAPI merge(Info info, List<ServiceDocument> parts) {
        OpenAPI merged = OASFactory.createOpenAPI()
                .openapi("3.1.0")
                .info(info)
                .paths(OASFactory.createPaths())
                .components(OASFactory.createComponents());
        SchemaNames names = SchemaNames.of(parts);
        List<String> unavailable = new ArrayList<>();
        for (ServiceDocument part : parts) {
            if (part.document().isEmpty()) {
                unavailable.add(part.service());
                continue;
            }
            Map<String, String> renames = names.renamesOf(part.service());
            add(merged, part, FilterUtil.applyFilter(new SchemaReferences(renames), part.document().get()), renames);
        }
        if (!unavailable.isEmpty()) {
            merged.addExtension(UNAVAILABLE, unavailable);
        }
        return merged;
    }

    private static void add(OpenAPI merged, ServiceDocument part, OpenAPI document, Map<String, String> renames) {
        if (document.getPaths() != null) {
            document.getPaths().getPathItems().forEach((path, item) -> {
                if (part.serves(path)) {
                    merged.getPaths().addPathItem(path, withoutOwnSecurity(item));
                }
            });
        }
        if (document.getComponents() != null && document.getComponents().getSchemas() != null) {
            for (Map.Entry<String, Schema> schema : document.getComponents().getSchemas().entrySet()) {
                merged.getComponents().addSchema(renames.getOrDefault(schema.getKey(), schema.getKey()), schema.getValue());
            }
        }
        if (document.getTags() != null) {
            for (Tag tag : document.getTags()) {
                if (merged.getTags() == null || merged.getTags().stream().noneMatch(t -> t.getName().equals(tag.getName()))) {
                    merged.addTag(tag);
                }
            }
        }
    }

    /**
     * A service's own requirements name the gateway's identity token, which a client never sends; the document's
     * global requirement ({@link SecurityDocumentation}) says what the gateway takes.
     */
    private static PathItem withoutOwnSecurity(PathItem item) {
        item.getOperations().values().forEach(operation -> operation.setSecurity(null));
        return item;
    }
}
