package io.oeml.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;

import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.oeml.errors.InvalidParameterException;

/**
 * Turns parameter text into typed values, one parser per type, and a value that does not parse into a 400 naming the
 * parameter ({@link InvalidParameterException}). A blank value is an absent one (null). A service registers the types
 * of its own domain in a {@code @Provider} subclass; {@link StandardParameters} registers the JDK's.
 */
public abstract class TypedParameters implements ParamConverterProvider {

    private final Map<Class<?>, Parser<?>> parsers = new HashMap<>();

    /**
     * @param parse the value, or null when the text is not one
     * @param expected what the parameter must be, completing "parameter 'x' ...": "must be one of a, b"
     */
    protected <T> void register(Class<T> type, Function<String, T> parse, String expected) {
        parsers.put(type, new Parser<>(parse, expected));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Parser<T> parser = (Parser<T>) parsers.get(rawType);
        return parser == null ? null : new Named<>(nameOf(annotations), parser);
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            String name = nameIn(annotation);
            if (name != null && !name.isEmpty()) {
                return name;
            }
        }
        return "request";
    }

    private static String nameIn(Annotation a) {
        if (a instanceof QueryParam q) {
            return q.value();
        } else if (a instanceof PathParam p) {
            return p.value();
        } else if (a instanceof HeaderParam h) {
            return h.value();
        } else if (a instanceof RestQuery q) {
            return q.value();
        } else if (a instanceof RestPath p) {
            return p.value();
        } else if (a instanceof RestHeader h) {
            return h.value();
        }
        return null;
    }

    private record Parser<T>(Function<String, T> parse, String expected) {
    }

    private record Named<T>(String name, Parser<T> parser) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            T parsed = parser.parse().apply(value.trim());
            if (parsed == null) {
                throw new InvalidParameterException(name, parser.expected());
            }
            return parsed;
        }

        @Override
        public String toString(T value) {
            return String.valueOf(value);
        }
    }
}
