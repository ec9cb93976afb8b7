package io.oeml.gateway.routing;

import io.oeml.errors.ErrorCodes;
import io.oeml.errors.RouterErrorHandlers;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses, in the envelope, a request body coded other than plain or {@code chunked}: the proxy cannot forward it and
 * would answer a bare 400 of its own.
 */
final class TransferCodings {

    private TransferCodings() {
    }

    static void check(RoutingContext ctx) {
        for (String coding : ctx.request().headers().getAll(HttpHeaders.TRANSFER_ENCODING)) {
            if (!"chunked".equals(coding)) {
                RouterErrorHandlers.write(ctx, 400, ErrorCodes.BAD_REQUEST,
                        "Transfer-Encoding '" + coding + "' is not supported; send the body chunked or with a Content-Length");
                return;
            }
        }
        ctx.next();
    }
}
