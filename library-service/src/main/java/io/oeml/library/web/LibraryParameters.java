package io.oeml.library.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.ws.rs.ext.Provider;

import io.oeml.estimator.model.Era;
import io.oeml.estimator.model.KvCacheType;
import io.oeml.library.catalog.model.Category;
import io.oeml.library.catalog.model.ParameterCount;
import io.oeml.library.catalog.model.SizeClass;
import io.oeml.library.recommend.model.TaskType;
import io.oeml.library.search.model.SearchSort;
import io.oeml.library.search.model.SortOrder;
import io.oeml.rest.TypedParameters;

/** The library's own parameter types, converted once for every endpoint (the kit's pattern: libs/api-errors). */
@Provider
public class LibraryParameters extends TypedParameters {

    public LibraryParameters() {
        register(Category.class, Category::fromWire, "must be one of general, code, vision, math, embedding, small");
        register(SizeClass.class, SizeClass::fromWire, "must be one of tiny, small, medium, large, huge");
        register(ParameterCountParam.class, text -> {
            Long count = ParameterCount.parse(text);
            return count == null ? null : new ParameterCountParam(count);
        }, "must be a parameter count such as 8000000000, 8B or 7.5b");
        register(ModelNames.class, ModelNames::parse, "must be comma-separated model names");
        register(TaskType.class, TaskType::fromWire, "must be one of " + String.join(", ", TaskType.wireNames()));
        register(KvCacheType.class, KvCacheType::fromWire, "must be one of f16, q8_0, q4_0");
        register(Era.class, Era::fromWire, "must be one of A, B, C");
        register(SearchSort.class, SearchSort::fromWire, "must be one of " + Arrays.stream(SearchSort.values())
                .map(SearchSort::wireName).sorted().collect(Collectors.joining(", ")));
        register(SortOrder.class, SortOrder::fromWire, "must be asc or desc");
    }
}
