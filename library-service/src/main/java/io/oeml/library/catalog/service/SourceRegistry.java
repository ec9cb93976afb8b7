package io.oeml.library.catalog.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import io.oeml.library.catalog.model.RegisteredSource;

/** The documents the catalog's facts cite, by key, as shipped in {@code catalog/sources.csv}. */
@Singleton
public class SourceRegistry {

    static final String SHIPPED = "catalog/sources.csv";
    /** Keys are short upper-case words; a source text names them before a locator ("L31MC: ...") or inline. */
    private static final Pattern KEY = Pattern.compile("\\b([A-Z][A-Z0-9]{1,7})\\b");

    private final Map<String, RegisteredSource> byKey = new LinkedHashMap<>();

    public SourceRegistry() {
        this(readShipped());
    }

    SourceRegistry(List<RegisteredSource> sources) {
        sources.forEach(source -> byKey.put(source.key(), source));
    }

    /** Every registered document, in the file's order. */
    public List<RegisteredSource> sources() {
        return List.copyOf(byKey.values());
    }

    /** The registered keys a fact's source text names, in order of appearance, each once. */
    public List<String> keysIn(String source) {
        List<String> keys = new ArrayList<>();
        Matcher word = KEY.matcher(source);
        while (word.find()) {
            String key = word.group(1);
            if (byKey.containsKey(key) && !keys.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    static List<RegisteredSource> parse(Reader csv) throws IOException {
        return ShippedCsv.rows(csv,
                row -> new RegisteredSource(row.get("key"), row.get("title"), row.get("url"), row.get("read")));
    }

    private static List<RegisteredSource> readShipped() {
        try {
            return parse(new InputStreamReader(new ByteArrayInputStream(ShippedCsv.bytes(SHIPPED)), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
