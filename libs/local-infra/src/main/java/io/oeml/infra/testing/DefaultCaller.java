package io.oeml.infra.testing;

import java.util.concurrent.atomic.AtomicBoolean;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Makes every REST Assured request of a service test that names no credential come from {@link TestIdentity#USER} with
 * a freshly signed user token (tokens live two minutes, test classes longer). A test sends its own token with
 * {@code given().auth().oauth2(...)} ({@link TestIdentity#asAdmin()}), and no credential at all with
 * {@link TestIdentity#anonymous()}.
 */
final class DefaultCaller implements Filter {

    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private DefaultCaller() {
    }

    static void install() {
        if (INSTALLED.compareAndSet(false, true)) {
            RestAssured.filters(new DefaultCaller());
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        if (!request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", "Bearer " + TestIdentity.userToken());
        }
        return context.next(request, response);
    }
}
