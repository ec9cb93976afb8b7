package io.oeml.finetune.dataset.rest;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.oeml.errors.InvalidParameterException;
import io.oeml.finetune.dataset.ValidationReport;
import io.oeml.finetune.dataset.store.DatasetStore;
import io.oeml.finetune.dataset.store.DatasetView;
import io.oeml.identity.Caller;
import io.oeml.identity.Owner;
import io.smallrye.mutiny.Uni;

@Path("/api/ai/ollama/fine-tuning/datasets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fine-tuning datasets", description = "Training data: upload, list, delete, and validation before a job")
public class DatasetResource {

    private final DatasetStore store;
    private final Caller caller;

    public DatasetResource(DatasetStore store, Caller caller) {
        this.store = store;
        this.caller = caller;
    }

    public record DatasetAnswer(boolean success, DatasetView dataset, String message) {
    }

    public record DatasetList(boolean success, List<DatasetView> datasets, int total) {
    }

    public record Deleted(boolean success, String datasetId, String message) {
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a training file (field 'file'; optional 'data_type', 'name'); stored once per content,"
            + " validated, and usable as training_data_path=dataset:<id>")
    public Uni<Response> upload(@RestForm("file") FileUpload file, @RestForm("data_type") String dataType,
            @RestForm("name") String name) {
        if (file == null) {
            throw new InvalidParameterException("file", "is required: the training file as a multipart file part");
        }
        return store.upload(owner(), file.uploadedFile(), file.fileName(), dataType, name).map(uploaded -> Response
                .status(uploaded.existing() ? Response.Status.OK : Response.Status.CREATED)
                .entity(new DatasetAnswer(true, uploaded.dataset(), uploaded.existing()
                        ? "these bytes are already stored as this dataset" : "dataset stored"))
                .build());
    }

    @GET
    @Operation(summary = "The caller's datasets, newest first (validation summaries without the issue lists)")
    public Uni<DatasetList> list() {
        return store.list(owner()).map(list -> new DatasetList(true, list, list.size()));
    }

    @GET
    @Path("/{dataset_id}")
    @Operation(summary = "A dataset with its last validation report")
    public Uni<DatasetAnswer> show(@PathParam("dataset_id") String datasetId) {
        return store.show(owner(), datasetId).map(view -> new DatasetAnswer(true, view, null));
    }

    @DELETE
    @Path("/{dataset_id}")
    @Operation(summary = "Delete a dataset; its file is removed with the last dataset of the same content")
    public Uni<Deleted> delete(@PathParam("dataset_id") String datasetId) {
        return store.delete(owner(), datasetId).map(ignored -> new Deleted(true, datasetId, "dataset deleted"));
    }

    @POST
    @Path("/validate")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @Operation(summary = "Validate training data before any job: training_data_path (a data-root path or dataset:<id>)"
            + " or dataset_id, optional data_type and base_model; answers the full report, passed or not")
    public Uni<ValidationReport> validate(@RestForm("training_data_path") String trainingDataPath,
            @RestForm("dataset_id") String datasetId, @RestForm("data_type") String dataType,
            @RestForm("base_model") String baseModel) {
        return store.validate(owner(), trainingDataPath, datasetId, dataType, baseModel);
    }

    private Owner owner() {
        return Owner.of(caller);
    }
}
