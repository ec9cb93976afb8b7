package io.oeml.errors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/** Logs one line where services log theirs: on the event loop, on a worker thread, after a hop to the worker pool. */
@Path("/logged")
public class LoggingResource {

    static final String LOGGER = LoggingResource.class.getName();
    private static final Logger LOG = Logger.getLogger(LOGGER);

    @GET
    @Path("/event-loop")
    public Uni<String> onTheEventLoop() {
        LOG.info("event-loop");
        return Uni.createFrom().item("logged");
    }

    @GET
    @Path("/blocking")
    @Blocking
    public String onAWorkerThread() {
        LOG.info("blocking");
        return "logged";
    }

    @GET
    @Path("/continuation")
    public Uni<String> inAContinuationOnTheWorkerPool() {
        return Uni.createFrom().item("logged")
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .invoke(() -> LOG.info("continuation"));
    }
}
