package io.oeml.errors;

import java.lang.reflect.Field;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The input a Bean Validation violation is about, named as the client sent it: the {@code @QueryParam} (or path,
 * header) name of a request record's component, else the snake_case name of a body field or method argument.
 *
 * @param parameter true for a query, path or header parameter, false for a body field
 */
record ViolatedInput(String name, boolean parameter, String problem) {

    static ViolatedInput of(ConstraintViolation<?> violation) {
        Path.Node leaf = null;
        for (Path.Node node : violation.getPropertyPath()) {
            leaf = node;
        }
        if (leaf != null && leaf.getKind() == ElementKind.PROPERTY && violation.getLeafBean() != null) {
            String wireName = parameterName(violation.getLeafBean().getClass(), leaf.getName());
            return wireName != null ? new ViolatedInput(wireName, true, violation.getMessage())
                    : new ViolatedInput(SnakeCase.of(leaf.getName()), false, violation.getMessage());
        }
        // a constraint on a resource method's own argument
        return new ViolatedInput(SnakeCase.of(leaf == null ? null : leaf.getName()), true, violation.getMessage());
    }

    String describe() {
        return (parameter ? "parameter '" : "field '") + name + "' " + problem;
    }

    private static String parameterName(Class<?> type, String property) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return parameterName(c.getDeclaredField(property));
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        return null;
    }

    private static String parameterName(Field field) {
        if (field.isAnnotationPresent(QueryParam.class)) {
            return field.getAnnotation(QueryParam.class).value();
        } else if (field.isAnnotationPresent(PathParam.class)) {
            return field.getAnnotation(PathParam.class).value();
        } else if (field.isAnnotationPresent(HeaderParam.class)) {
            return field.getAnnotation(HeaderParam.class).value();
        } else if (field.isAnnotationPresent(RestQuery.class)) {
            return orName(field.getAnnotation(RestQuery.class).value(), field);
        } else if (field.isAnnotationPresent(RestPath.class)) {
            return orName(field.getAnnotation(RestPath.class).value(), field);
        } else if (field.isAnnotationPresent(RestHeader.class)) {
            return orName(field.getAnnotation(RestHeader.class).value(), field);
        }
        return null;
    }

    private static String orName(String value, Field field) {
        return value.isEmpty() ? field.getName() : value;
    }
}
