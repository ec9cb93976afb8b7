package io.oeml.gateway.openapi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * What the gateway takes as a credential, in the aggregated document: an API key in {@code X-API-Key} or as a bearer
 * token, an OIDC access token as a bearer token (with the issuer's discovery URL when OIDC is on), one of them on every
 * operation, and the error envelope of the 401, 403 and 429 every operation may answer.
 */
final class SecurityDocumentation {

    static final String API_KEY = "apiKey";
    static final String BEARER = "bearer";
    static final String OPEN_ID_CONNECT = "openIdConnect";
    static final String ERROR_ENVELOPE = "ErrorEnvelope";

    private static final SortedMap<String, String> ERRORS = Collections.unmodifiableSortedMap(new TreeMap<>(Map.of(
            "401", "No credential, or one that is invalid, expired or revoked (UNAUTHENTICATED)",
            "403", "The caller lacks the role the operation needs (FORBIDDEN)",
            "429", "Over the caller's rate limit; see Retry-After")));

    private SecurityDocumentation() {
    }

    static void apply(OpenAPI document, Optional<String> oidcIssuer) {
        document.getComponents()
                .addSecurityScheme(API_KEY, OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-API-Key")
                        .description("An API key, oeml_<key id>_<secret>"))
                .addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("An API key (oeml_...) or an OIDC access token"));
        List<SecurityRequirement> requirements = new ArrayList<>(List.of(requirement(API_KEY), requirement(BEARER)));
        oidcIssuer.ifPresent(issuer -> {
            document.getComponents().addSecurityScheme(OPEN_ID_CONNECT, OASFactory.createSecurityScheme()
                    .type(SecurityScheme.Type.OPENIDCONNECT)
                    .openIdConnectUrl(discoveryUrl(issuer))
                    .description("An access token of the OIDC issuer, sent as a bearer token"));
            requirements.add(requirement(OPEN_ID_CONNECT));
        });
        document.setSecurity(requirements);
        if (document.getComponents().getSchemas() == null
                || !document.getComponents().getSchemas().containsKey(ERROR_ENVELOPE)) {
            document.getComponents().addSchema(ERROR_ENVELOPE, errorEnvelope());
        }
        document.getPaths().getPathItems().values().stream()
                .map(PathItem::getOperations)
                .flatMap(operations -> operations.values().stream())
                .forEach(SecurityDocumentation::addErrors);
    }

    static String discoveryUrl(String issuer) {
        return issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration";
    }

    private static SecurityRequirement requirement(String scheme) {
        return OASFactory.createSecurityRequirement().addScheme(scheme);
    }

    private static void addErrors(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        ERRORS.forEach((status, description) -> {
            // Quarkus documents 401 and 403 of a secured resource itself, without a body: the envelope is added.
            APIResponse documented = operation.getResponses().getAPIResponse(status);
            if (documented == null || documented.getContent() == null) {
                operation.getResponses().addAPIResponse(status, errorResponse(description));
            }
        });
    }

    private static APIResponse errorResponse(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(ERROR_ENVELOPE))));
    }

    /** The envelope of libs/api-errors ErrorEnvelope. */
    private static Schema errorEnvelope() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("success", OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN))
                .addProperty("error", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("for humans; no stack trace, class name or SQL"))
                .addProperty("error_code", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .examples(List.of("UNAUTHENTICATED")))
                .addProperty("timestamp", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date-time"))
                .required(List.of("success", "error", "error_code", "timestamp"));
    }
}
