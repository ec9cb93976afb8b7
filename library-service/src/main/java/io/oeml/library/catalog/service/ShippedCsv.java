package io.oeml.library.catalog.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** The CSV files library-service ships on its classpath ({@code catalog/models.csv}, {@code catalog/sources.csv}). */
final class ShippedCsv {

    private ShippedCsv() {
    }

    /** The file's bytes; a missing file is a broken build, not a runtime condition. */
    static byte[] bytes(String path) {
        try (InputStream in = ShippedCsv.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row after the header, as a map from column name to cell, turned into {@code T}. */
    static <T> List<T> rows(Reader csv, Function<Map<String, String>, T> row) throws IOException {
        List<T> out = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            while (rows.hasNext()) {
                out.add(row.apply(rows.next()));
            }
        }
        return out;
    }
}
