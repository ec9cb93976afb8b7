package io.oeml.gateway.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.oeml.gateway.GatewayTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The dashboard module's built pages are served at / without a credential; the page asks for one itself. */
@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class DashboardServedTest {

    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    @Test
    void theIndexPageIsServedWithoutCredentials() {
        given().when().get("/")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<div id=\"app\"></div>"));
    }

    @Test
    void theIndexPageLoadsOnlyAssetsOfTheGatewayItself() {
        String page = given().when().get("/").then().statusCode(200).extract().asString();

        Matcher asset = ASSET.matcher(page);
        int assets = 0;
        while (asset.find()) {
            assertThat(asset.group(1)).startsWith("/assets/");
            given().when().get(asset.group(1)).then().statusCode(200);
            assets++;
        }
        assertThat(assets).isPositive();
    }
}
