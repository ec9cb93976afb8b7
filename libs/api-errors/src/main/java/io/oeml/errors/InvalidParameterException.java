package io.oeml.errors;

import jakarta.ws.rs.BadRequestException;

/**
 * A query, path or header parameter the caller sent that cannot be used: {@code parameter 'size' must be one of ...}.
 * A {@link jakarta.ws.rs.WebApplicationException} so that Quarkus REST passes it on from a {@code ParamConverter}
 * as it is, instead of turning it into a 404 as JAX-RS does with other converter failures.
 */
public class InvalidParameterException extends BadRequestException {

    public InvalidParameterException(String parameter, String problem) {
        super("parameter '" + parameter + "' " + problem);
    }
}
