package io.oeml.ollama.client.version;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Ollama release as {@code /api/version} reports it ("0.12.11", "0.33.0-rc2"). A pre-release sorts before its
 * release. Development builds report "0.0.0"; {@link #isDevelopmentBuild()} says so and callers should then assume
 * the newest rules.
 */
public record OllamaVersion(int major, int minor, int patch, String preRelease, String raw)
        implements Comparable<OllamaVersion> {

    private static final Pattern SEMVER = Pattern.compile("^v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?(?:-([0-9A-Za-z.-]+))?.*$");

    public static OllamaVersion parse(String text) {
        String t = text == null ? "" : text.trim();
        Matcher m = SEMVER.matcher(t);
        if (!m.matches()) {
            return new OllamaVersion(0, 0, 0, null, t);
        }
        return new OllamaVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), m.group(4), t);
    }

    public static OllamaVersion of(String text) {
        return parse(text);
    }

    public boolean isDevelopmentBuild() {
        return major == 0 && minor == 0 && patch == 0;
    }

    /** True when this version is {@code other} or later (a development build counts as newest). */
    public boolean atLeast(String other) {
        return atLeast(parse(other));
    }

    public boolean atLeast(OllamaVersion other) {
        return isDevelopmentBuild() || compareTo(other) >= 0;
    }

    @Override
    public int compareTo(OllamaVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        if (c == 0) {
            c = Integer.compare(patch, o.patch);
        }
        if (c == 0) {
            boolean a = preRelease != null;
            boolean b = o.preRelease != null;
            c = a == b ? (a ? preRelease.compareTo(o.preRelease) : 0) : (a ? -1 : 1);
        }
        return c;
    }

    @Override
    public String toString() {
        return raw;
    }
}
