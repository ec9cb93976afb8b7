import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.httpproxy.HttpProxy;

/**
 * The floor under the gateway (gateway-vs-nginx.sh with VERTX_FLOOR=1): the same Vert.x and vertx-http-proxy, with a
 * server, client and pool per event loop as the gateway has, and nothing else: no Quarkus, no authentication, no
 * request ids, limits or metrics. The client's Authorization header passes through, as it does through nginx.
 * Run by the JDK's source launcher on the gateway's own jars: java -cp "<gateway>/lib/main/*" BareVertxProxy.java
 * <port> <backend port> <pool size>.
 */
public class BareVertxProxy {

    private static final int EVENT_LOOPS = 2 * Runtime.getRuntime().availableProcessors(); // Quarkus' default

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        int backendPort = Integer.parseInt(args[1]);
        int poolSize = Integer.parseInt(args[2]);
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(EVENT_LOOPS));
        vertx.deployVerticle(() -> new AbstractVerticle() {
            @Override
            public void start() {
                var client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setPipelining(false),
                        new PoolOptions().setHttp1MaxSize(poolSize));
                var proxy = HttpProxy.reverseProxy(client).origin(backendPort, "127.0.0.1");
                vertx.createHttpServer().requestHandler(proxy).listen(port);
            }
        }, new DeploymentOptions().setInstances(EVENT_LOOPS));
    }
}
