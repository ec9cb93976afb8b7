package io.oeml.finetune.dataset.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Strict UTF-8: every well-formed sequence passes, overlong forms, surrogates and cut sequences do not. */
class Utf8Test {

    @Test
    void multiByteTextIsValid() {
        byte[] text = "caf\u00e9 \u20ac \uD83D\uDE00 \u4e2d\u6587".getBytes(StandardCharsets.UTF_8);

        assertTrue(Utf8.isValid(text, text.length));
    }

    @Test
    void anOverlongSlashIsInvalid() {
        assertFalse(Utf8.isValid(new byte[] {(byte) 0xC0, (byte) 0xAF}, 2));
    }

    @Test
    void anEncodedSurrogateIsInvalid() {
        assertFalse(Utf8.isValid(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 3));
    }

    @Test
    void aSequenceCutAtTheEndIsInvalid() {
        assertFalse(Utf8.isValid(new byte[] {'a', (byte) 0xE2, (byte) 0x82}, 3));
    }

    @Test
    void aLatin1ByteIsInvalid() {
        assertFalse(Utf8.isValid(new byte[] {'c', 'a', 'f', (byte) 0xE9}, 4));
    }
}
