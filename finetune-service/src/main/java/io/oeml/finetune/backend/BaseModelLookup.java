package io.oeml.finetune.backend;

import io.smallrye.mutiny.Uni;

/** Finds a base model on a host; fails with {@link BaseModelNotFoundException} when the host does not have it. */
public interface BaseModelLookup {

    Uni<BaseModel> find(String host, String name);
}
