package io.oeml.kubernetes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One environment variable a config value reads: {@code ${NAME}} (no default: the service fails to start without it)
 * or {@code ${NAME:default}}. Names are upper case; {@code ${lower.case}} references are other config keys.
 */
record EnvReference(String name, Optional<String> defaultValue, String configKey) {

    /** Every reference in {@code value}, also those nested in another's default ({@code ${A:${B:x}/y}}). */
    static List<EnvReference> in(String configKey, String value) {
        List<EnvReference> found = new ArrayList<>();
        for (int start = value.indexOf("${"); start >= 0; start = value.indexOf("${", start + 2)) {
            int nameEnd = start + 2;
            while (nameEnd < value.length() && isNameChar(value.charAt(nameEnd))) {
                nameEnd++;
            }
            String name = value.substring(start + 2, nameEnd);
            if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || nameEnd >= value.length()) {
                continue;
            }
            Optional<String> defaultValue = value.charAt(nameEnd) == ':'
                    ? Optional.of(value.substring(nameEnd + 1, closing(value, nameEnd + 1)))
                    : Optional.empty();
            found.add(new EnvReference(name, defaultValue, configKey));
        }
        return found;
    }

    /** A default that points at this machine: right for a local run, wrong in a pod. */
    boolean defaultsToLoopback() {
        return defaultValue.filter(d -> d.contains("127.0.0.1") || d.contains("localhost")).isPresent();
    }

    private static boolean isNameChar(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '_';
    }

    /** The index of the brace closing a reference whose default starts at {@code from}. */
    private static int closing(String value, int from) {
        int depth = 0;
        for (int i = from; i < value.length(); i++) {
            if (value.startsWith("${", i)) {
                depth++;
                i++;
            } else if (value.charAt(i) == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        throw new IllegalArgumentException("unclosed ${ in " + value);
    }
}
