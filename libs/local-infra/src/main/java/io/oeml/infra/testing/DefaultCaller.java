package io.oeml.infra.testing;

import java.util.List;

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

    private DefaultCaller() {
    }

    /**
     * Makes this the one default caller. Each Quarkus restart of a test JVM (another set of test resources) loads
     * this class, and {@link TestIdentity}'s keys, anew while REST Assured's filters live on: the previous boot's
     * filter would sign with keys the restarted service does not trust.
     */
    static void install() {
        List<Filter> others = RestAssured.filters().stream()
                .filter(f -> !f.getClass().getName().equals(DefaultCaller.class.getName())).toList();
        RestAssured.replaceFiltersWith(others);
        RestAssured.filters(new DefaultCaller());
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
