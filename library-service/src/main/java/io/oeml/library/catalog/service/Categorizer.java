package io.oeml.library.catalog.service;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.oeml.library.catalog.model.Category;
import io.oeml.library.catalog.model.ModelFacts;
import io.oeml.library.catalog.model.SizeClass;

/**
 * Categories of a model: the catalog's editorial ones plus those its facts imply: embedding and vision capabilities,
 * thinking ⇒ math, code/coder families ⇒ code, under 4.5 B parameters ⇒ small; a completion model without any other
 * category is general.
 */
public final class Categorizer {

    private Categorizer() {
    }

    public static Set<Category> categorize(ModelFacts facts) {
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (String editorial : facts.editorialCategories()) {
            Category category = Category.fromWire(editorial);
            if (category != null) {
                categories.add(category);
            }
        }
        Set<String> capabilities = facts.capabilities().stream().map(c -> c.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        if (capabilities.contains("embedding")) {
            categories.add(Category.EMBEDDING);
        }
        if (capabilities.contains("vision")) {
            categories.add(Category.VISION);
        }
        if (capabilities.contains("thinking")) {
            categories.add(Category.MATH);
        }
        String family = ((facts.family() == null ? "" : facts.family()) + " " + facts.name()).toLowerCase(Locale.ROOT);
        if (family.contains("code") || family.contains("coder")) {
            categories.add(Category.CODE);
        }
        long parameters = facts.parameterCount() == null ? 0 : facts.parameterCount();
        SizeClass size = SizeClass.of(parameters);
        if (size == SizeClass.TINY || size == SizeClass.SMALL) {
            categories.add(Category.SMALL);
        }
        boolean onlySizeOrReasoning = categories.stream().allMatch(c -> c == Category.SMALL || c == Category.MATH);
        if (onlySizeOrReasoning && capabilities.contains("completion")) {
            categories.add(Category.GENERAL);
        }
        return categories;
    }
}
