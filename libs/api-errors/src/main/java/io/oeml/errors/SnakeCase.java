package io.oeml.errors;

/** Java names to the snake_case names clients see in the API. */
final class SnakeCase {

    private SnakeCase() {
    }

    static String of(String camel) {
        if (camel == null) {
            return "request";
        }
        StringBuilder out = new StringBuilder(camel.length() + 4);
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
