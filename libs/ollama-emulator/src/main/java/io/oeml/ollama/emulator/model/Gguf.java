package io.oeml.ollama.emulator.model;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the header of a GGUF file (magic, version, metadata key/values, tensor infos); tensor data
 * is never read. The emulator uses it to accept {@code /api/create} with {@code files}/{@code adapters}; tests
 * use {@link #write} to make small, valid GGUF files.
 */
public final class Gguf {

    public static final int MAGIC = 0x46554747; // "GGUF" little-endian

    private static final int UINT8 = 0, INT8 = 1, UINT16 = 2, INT16 = 3, UINT32 = 4, INT32 = 5, FLOAT32 = 6,
            BOOL = 7, STRING = 8, ARRAY = 9, UINT64 = 10, INT64 = 11, FLOAT64 = 12;

    /** Arrays longer than this keep only their length (like {@code /api/show} without verbose). */
    private static final int MAX_ARRAY_KEPT = 64;

    public record Header(int version, Map<String, Object> metadata, List<Tensor> tensors) {

        public String string(String key) {
            Object v = metadata.get(key);
            return v instanceof String s ? s : null;
        }

        public Long number(String key) {
            Object v = metadata.get(key);
            return v instanceof Number n ? n.longValue() : null;
        }

        public String architecture() {
            return string("general.architecture");
        }

        public Long archNumber(String suffix) {
            String arch = architecture();
            return arch == null ? null : number(arch + "." + suffix);
        }
    }

    /** An array that was too long to keep: its element count only. */
    public record ArrayLength(long length) {
    }

    public static final class NotGgufException extends IOException {
        public NotGgufException(String message) {
            super(message);
        }
    }

    private Gguf() {
    }

    public static Header read(InputStream in) throws IOException {
        Reader r = new Reader(in);
        if (r.i32() != MAGIC) {
            throw new NotGgufException("not a GGUF file");
        }
        int version = r.i32();
        if (version < 2 || version > 3) {
            throw new NotGgufException("unsupported GGUF version " + version);
        }
        long tensorCount = r.i64();
        long kvCount = r.i64();
        if (tensorCount < 0 || tensorCount > 1_000_000 || kvCount < 0 || kvCount > 1_000_000) {
            throw new NotGgufException("implausible GGUF header");
        }
        Map<String, Object> kv = new LinkedHashMap<>();
        for (long i = 0; i < kvCount; i++) {
            String key = r.string();
            kv.put(key, r.value(r.i32()));
        }
        List<Tensor> tensors = new ArrayList<>();
        for (long i = 0; i < tensorCount; i++) {
            String name = r.string();
            int dims = r.i32();
            long[] shape = new long[dims];
            for (int d = 0; d < dims; d++) {
                shape[d] = r.i64();
            }
            int type = r.i32();
            r.i64(); // offset
            GgmlType t = GgmlType.byGgufId(type);
            tensors.add(new Tensor(name, t == null ? GgmlType.F32 : t, shape));
        }
        return new Header(version, kv, tensors);
    }

    /** Writes a GGUF v3 header with the given metadata and tensor infos (no tensor data). */
    public static byte[] write(Map<String, Object> metadata, List<Tensor> tensors) {
        Writer w = new Writer();
        w.i32(MAGIC);
        w.i32(3);
        w.i64(tensors.size());
        w.i64(metadata.size());
        metadata.forEach((k, v) -> {
            w.string(k);
            w.value(v);
        });
        long offset = 0;
        for (Tensor t : tensors) {
            w.string(t.name());
            w.i32(t.shape().length);
            for (long d : t.shape()) {
                w.i64(d);
            }
            w.i32(t.type().ggufId);
            w.i64(offset);
            offset += t.bytes();
        }
        return w.out.toByteArray();
    }

    private static final class Reader {
        private final InputStream in;
        private final byte[] buffer = new byte[8];

        Reader(InputStream in) {
            this.in = in;
        }

        private ByteBuffer read(int n) throws IOException {
            int off = 0;
            while (off < n) {
                int k = in.read(buffer, off, n - off);
                if (k < 0) {
                    throw new EOFException("truncated GGUF header");
                }
                off += k;
            }
            return ByteBuffer.wrap(buffer, 0, n).order(ByteOrder.LITTLE_ENDIAN);
        }

        int i32() throws IOException {
            return read(4).getInt();
        }

        long i64() throws IOException {
            return read(8).getLong();
        }

        String string() throws IOException {
            long len = i64();
            if (len < 0 || len > 16 * 1024 * 1024) {
                throw new NotGgufException("implausible string length " + len);
            }
            byte[] b = in.readNBytes((int) len);
            if (b.length != len) {
                throw new EOFException("truncated GGUF header");
            }
            return new String(b, StandardCharsets.UTF_8);
        }

        Object value(int type) throws IOException {
            return switch (type) {
                case UINT8 -> (long) (read(1).get() & 0xff);
                case INT8 -> (long) read(1).get();
                case UINT16 -> (long) (read(2).getShort() & 0xffff);
                case INT16 -> (long) read(2).getShort();
                case UINT32 -> read(4).getInt() & 0xffffffffL;
                case INT32 -> (long) read(4).getInt();
                case FLOAT32 -> (double) read(4).getFloat();
                case BOOL -> read(1).get() != 0;
                case STRING -> string();
                case UINT64, INT64 -> read(8).getLong();
                case FLOAT64 -> read(8).getDouble();
                case ARRAY -> array();
                default -> throw new NotGgufException("unknown GGUF value type " + type);
            };
        }

        Object array() throws IOException {
            int type = i32();
            long n = i64();
            if (n < 0) {
                throw new NotGgufException("negative array length");
            }
            List<Object> items = new ArrayList<>();
            for (long i = 0; i < n; i++) {
                Object v = value(type);
                if (i < MAX_ARRAY_KEPT) {
                    items.add(v);
                }
            }
            return n > MAX_ARRAY_KEPT ? new ArrayLength(n) : items;
        }
    }

    private static final class Writer {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();

        void i32(int v) {
            out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array());
        }

        void i64(long v) {
            out.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array());
        }

        void string(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            i64(b.length);
            out.writeBytes(b);
        }

        void value(Object v) {
            if (v instanceof String s) {
                i32(STRING);
                string(s);
            } else if (v instanceof Boolean b) {
                i32(BOOL);
                out.write(b ? 1 : 0);
            } else if (v instanceof Integer i) {
                i32(UINT32);
                i32(i);
            } else if (v instanceof Long l) {
                i32(UINT64);
                i64(l);
            } else if (v instanceof Float || v instanceof Double) {
                i32(FLOAT32);
                out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN)
                        .putFloat(((Number) v).floatValue()).array());
            } else if (v instanceof List<?> list) {
                i32(ARRAY);
                Object first = list.isEmpty() ? "" : list.get(0);
                int type = first instanceof String ? STRING : first instanceof Long ? UINT64 : UINT32;
                i32(type);
                i64(list.size());
                for (Object o : list) {
                    if (type == STRING) {
                        string((String) o);
                    } else if (type == UINT64) {
                        i64((Long) o);
                    } else {
                        i32(((Number) o).intValue());
                    }
                }
            } else {
                throw new IllegalArgumentException("unsupported GGUF value " + v);
            }
        }
    }
}
