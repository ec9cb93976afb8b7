package io.oeml.rest;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.oeml.errors.InvalidParameterException;

/**
 * One check of every query and path parameter of every endpoint, before any resource sees it: free text is data, so
 * any printable text is accepted, but a control character (NUL, line breaks, tabs, U+007F–U+009F) is a 400 naming the
 * parameter: it is never a typing mistake worth guessing at, and NUL would reach Postgres as an encoding error. Bytes
 * that are not UTF-8 ({@code %FF}) decode to U+FFFD, the replacement character: a 400 too, rather than a search for
 * text the client never meant. No value may be longer than {@value #MAX_TEXT_LENGTH} characters.
 */
public class ParameterTextFilter {

    /** Longest value of any query or path parameter, in characters (code points). */
    public static final int MAX_TEXT_LENGTH = 1000;
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';

    @ServerRequestFilter
    public void check(UriInfo uri) {
        checkAll(uri.getPathParameters());
        checkAll(uri.getQueryParameters());
    }

    private static void checkAll(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                check(parameter.getKey(), value);
            }
        }
    }

    private static void check(String name, String value) {
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidParameterException(name, "must be printable text: control characters such as NUL, tab or"
                    + " line breaks are not accepted");
        }
        if (value.indexOf(REPLACEMENT_CHARACTER) >= 0) {
            throw new InvalidParameterException(name, "must be UTF-8 text: it contains bytes that are not UTF-8");
        }
        if (!MaxLength.Check.fits(value, MAX_TEXT_LENGTH)) {
            throw new InvalidParameterException(name, "must be at most " + MAX_TEXT_LENGTH + " characters");
        }
    }
}
