package io.oeml.estimator.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Ollama tag that names its quantization, such as {@code llama3.2:3b-instruct-q8_0} or
 * {@code llama3.1:8b-instruct-fp16}: the model {@code llama3.2:3b-instruct} at {@code Q8_0}. Ollama's short tags
 * ({@code llama3.2:3b}) are the instruct variant at the default quantization, so {@link #baseNames()} also offers the
 * tag without {@code -instruct}, {@code -it} or {@code -chat}: a catalog that knows only the short tag finds it.
 *
 * @param quantization as Ollama names file types: upper case, {@code fp16} as {@code F16}
 */
public record QuantizedTag(String model, String tag, String quantization) {

    private static final Pattern QUANTIZED = Pattern.compile(
            "^(.+)-(q[0-9](?:_[0-9a-z]+)*|iq[0-9](?:_[0-9a-z]+)*|fp16|f16|bf16|fp32|f32)$", Pattern.CASE_INSENSITIVE);
    private static final List<String> VARIANT_SUFFIXES = List.of("-instruct", "-it", "-chat");

    /** Empty when the name has no tag or its tag does not end in a quantization. */
    public static Optional<QuantizedTag> parse(String name) {
        int colon = name.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        Matcher matcher = QUANTIZED.matcher(name.substring(colon + 1));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String quantization = matcher.group(2).toUpperCase(Locale.ROOT).replace("FP", "F");
        return Optional.of(new QuantizedTag(name.substring(0, colon), matcher.group(1), quantization));
    }

    /** The names to look the model up by, most specific first: {@code llama3.2:3b-instruct}, then {@code llama3.2:3b}. */
    public List<String> baseNames() {
        List<String> names = new ArrayList<>();
        names.add(model + ":" + tag);
        for (String suffix : VARIANT_SUFFIXES) {
            if (tag.toLowerCase(Locale.ROOT).endsWith(suffix) && tag.length() > suffix.length()) {
                names.add(model + ":" + tag.substring(0, tag.length() - suffix.length()));
            }
        }
        return names;
    }
}
