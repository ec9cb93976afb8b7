package io.oeml.gateway;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * Requests from a chosen loopback address (127.0.0.x), so that tests of per-address limits each have an address of
 * their own; and connections that send a request head only in part.
 */
public final class RawClient {

    private static final int READ_TIMEOUT_MS = 15_000;

    private RawClient() {
    }

    /** A GET of {@code path} from {@code fromAddress} with these header lines, read to the end. */
    public static String get(URL gateway, String fromAddress, String path, String... headers) throws IOException {
        StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n")
                .append("Host: gateway\r\nConnection: close\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        try (Socket socket = connect(gateway, fromAddress)) {
            socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public static Socket connect(URL gateway, String fromAddress) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(fromAddress), 0));
        socket.connect(new InetSocketAddress(gateway.getHost(), gateway.getPort()));
        socket.setSoTimeout(READ_TIMEOUT_MS);
        return socket;
    }

    /** The status code of a raw response. */
    public static int status(String response) {
        return Integer.parseInt(response.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
    }

    /** The value of a response header in a raw response, or null. */
    public static String header(String response, String name) {
        for (String line : response.substring(0, response.indexOf("\r\n\r\n")).split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }
}
