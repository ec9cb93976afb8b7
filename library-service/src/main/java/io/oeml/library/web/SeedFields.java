package io.oeml.library.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A response view of the seed's API: every field is written, {@code null} when unknown, never left out. The suite's
 * default (libs/service-defaults) omits nulls, which the seed's clients read as a broken contract; event payloads keep
 * that default, so the exception is per view. On a map-valued component it also keeps null entries (a table cell per
 * model): Jackson takes a map's content inclusion from the property, not from its class.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@JacksonAnnotationsInside
@JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS)
public @interface SeedFields {
}
