package io.oeml.rest;

import java.time.Instant;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import io.oeml.errors.DomainException;
import io.smallrye.mutiny.Uni;

/** A resource built the way services build theirs, for the kit's tests. */
@Path("/kit")
@Produces(MediaType.APPLICATION_JSON)
public class KitResource {

    public enum Colour {
        RED, GREEN;

        static Colour fromWire(String text) {
            for (Colour colour : values()) {
                if (colour.name().equalsIgnoreCase(text)) {
                    return colour;
                }
            }
            return null;
        }
    }

    @Provider
    public static class ColourParameters extends TypedParameters {
        public ColourParameters() {
            register(Colour.class, Colour::fromWire, "must be one of red, green");
        }
    }

    /** Query parameters as a typed record, validated once. */
    public record Filters(
            @QueryParam("colour") Colour colour,
            @QueryParam("page_size") @Min(value = 1, message = "must be between 1 and 100")
            @Max(value = 100, message = "must be between 1 and 100") Integer pageSize,
            @QueryParam("ratio") @DecimalMax(value = "1", message = "must be at most 1") Double ratio,
            @QueryParam("exact") Boolean exact,
            @QueryParam("text") @MaxLength(5) String text,
            @QueryParam("since") Instant since) {

        public Filters {
            text = FreeText.of(text);
        }
    }

    public record Order(@NotBlank String itemName) {
    }

    static class NoSuchThingException extends DomainException {
        NoSuchThingException(String id) {
            super(Kind.NOT_FOUND, "thing '" + id + "' not found");
        }
    }

    @GET
    public Filters echo(@Valid @BeanParam Filters filters) {
        return filters;
    }

    @POST
    public Order order(@Valid Order order) {
        return order;
    }

    @GET
    @Path("/things/{id}")
    public Uni<String> thing(@PathParam("id") String id) {
        return Uni.createFrom().failure(new NoSuchThingException(id.toLowerCase(Locale.ROOT)));
    }
}
