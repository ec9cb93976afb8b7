package io.oeml.gateway.routing;

import java.net.URI;
import java.util.List;

/**
 * A service behind the gateway and the public path prefixes it serves.
 *
 * @param name as shown in errors, e.g. {@code library-service}
 */
public record Backend(String name, URI url, List<String> pathPrefixes) {

    int port() {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return "https".equals(url.getScheme()) ? 443 : 80;
    }
}
