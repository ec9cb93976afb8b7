package io.oeml.ollama.emulator.http;

/** Compares dotted versions ("0.12.11", "0.33.0-rc2"; a pre-release sorts before its release). */
final class Versions {

    private Versions() {
    }

    static int compare(String a, String b) {
        int[] x = parse(a);
        int[] y = parse(b);
        for (int i = 0; i < 4; i++) {
            if (x[i] != y[i]) {
                return Integer.compare(x[i], y[i]);
            }
        }
        return 0;
    }

    private static int[] parse(String v) {
        String core = v.startsWith("v") ? v.substring(1) : v;
        int dash = core.indexOf('-');
        boolean pre = dash >= 0;
        if (pre) {
            core = core.substring(0, dash);
        }
        String[] p = core.split("\\.");
        int[] out = new int[4];
        for (int i = 0; i < 3 && i < p.length; i++) {
            try {
                out[i] = Integer.parseInt(p[i]);
            } catch (NumberFormatException e) {
                out[i] = 0;
            }
        }
        out[3] = pre ? 0 : 1;
        return out;
    }
}
