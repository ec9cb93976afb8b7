package io.oeml.gateway.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** Points every {@code $ref} to a renamed schema at its new name, wherever in the document the reference is. */
final class SchemaReferences implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";

    private final Map<String, String> renames;

    SchemaReferences(Map<String, String> renames) {
        this.renames = renames;
    }

    @Override
    public Schema filterSchema(Schema schema) {
        String ref = schema.getRef();
        if (ref != null && ref.startsWith(SCHEMAS)) {
            String renamed = renames.get(ref.substring(SCHEMAS.length()));
            if (renamed != null) {
                schema.setRef(SCHEMAS + renamed);
            }
        }
        return schema;
    }
}
