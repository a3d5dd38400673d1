package dev.yoyak.testing;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a GGUF v3 file (the format llama.cpp b4916 loads): key/values, tensor infos, then the tensors' data,
 * streamed so real-size files (gigabytes) never sit in memory. Written by hand: no Java library writes GGUF.
 */
public final class GgufWriter {

    /** Tensor types used here: llama.cpp's ggml_type ids, values per block and bytes per block. */
    public enum Type {
        F32(0, 1, 4), Q4_0(2, 32, 18), Q4_K(12, 256, 144);

        final int id;
        final int blockValues;
        final int blockBytes;

        Type(int id, int blockValues, int blockBytes) {
            this.id = id;
            this.blockValues = blockValues;
            this.blockBytes = blockBytes;
        }

        long bytes(long elements) {
            if (elements % blockValues != 0) {
                throw new IllegalArgumentException(this + " needs a multiple of " + blockValues + " values, not " + elements);
            }
            return elements / blockValues * blockBytes;
        }
    }

    /** Writes one tensor's bytes ({@code bytes} of them). */
    public interface Data {
        void write(OutputStream out, long bytes) throws IOException;
    }

    /** A 32-bit unsigned value (GGUF type 4). */
    public record U32(int value) {
    }

    private record Tensor(String name, Type type, long[] dims, Data data) {
        long bytes() {
            long n = 1;
            for (long d : dims) {
                n *= d;
            }
            return type.bytes(n);
        }
    }

    private static final int ALIGNMENT = 32;

    private final Map<String, Object> kv = new LinkedHashMap<>();
    private final List<Tensor> tensors = new ArrayList<>();

    /** Adds a key/value: String, U32, Float, Boolean, List of String, float[] or int[]. */
    public GgufWriter kv(String key, Object value) {
        kv.put(key, value);
        return this;
    }

    /** Adds a tensor; {@code dims} innermost first, as GGUF stores them. */
    public GgufWriter tensor(String name, Type type, long[] dims, Data data) {
        tensors.add(new Tensor(name, type, dims, data));
        return this;
    }

    /** Writes the file. */
    public Path write(Path file) throws IOException {
        kv.putIfAbsent("general.alignment", new U32(ALIGNMENT));
        Header header = new Header();
        header.bytes("GGUF".getBytes(StandardCharsets.US_ASCII)).u32(3).u64(tensors.size()).u64(kv.size());
        kv.forEach((key, value) -> header.string(key).value(value));
        long offset = 0;
        for (Tensor t : tensors) {
            header.string(t.name).u32(t.dims.length);
            for (long dim : t.dims) {
                header.u64(dim);
            }
            header.u32(t.type.id).u64(offset);
            offset = align(offset + t.bytes());
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            byte[] head = header.out.toByteArray();
            out.write(head);
            out.write(new byte[(int) (align(head.length) - head.length)]);
            for (Tensor t : tensors) {
                long bytes = t.bytes();
                t.data.write(out, bytes);
                out.write(new byte[(int) (align(bytes) - bytes)]);
            }
        }
        return file;
    }

    /** F32 data from a function of the element index. */
    public static Data f32(java.util.function.LongToDoubleFunction value) {
        return (out, bytes) -> {
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
            for (long e = 0; e < bytes / 4; e++) {
                if (!buffer.hasRemaining()) {
                    out.write(buffer.array());
                    buffer.clear();
                }
                buffer.putFloat((float) value.applyAsDouble(e));
            }
            out.write(buffer.array(), 0, buffer.position());
        };
    }

    private static long align(long n) {
        return (n + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    }

    /** A little-endian byte builder for GGUF's header. */
    private static final class Header {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Header bytes(byte[] b) {
            out.writeBytes(b);
            return this;
        }

        Header u32(int v) {
            return bytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array());
        }

        Header u64(long v) {
            return bytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array());
        }

        Header f32(float v) {
            return bytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(v).array());
        }

        Header string(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            return u64(b.length).bytes(b);
        }

        @SuppressWarnings("unchecked")
        Header value(Object v) {
            if (v instanceof String s) {
                return u32(8).string(s);
            } else if (v instanceof U32 u) {
                return u32(4).u32(u.value());
            } else if (v instanceof Float f) {
                return u32(6).f32(f);
            } else if (v instanceof Boolean b) {
                return u32(7).bytes(new byte[] { (byte) (b ? 1 : 0) });
            } else if (v instanceof List<?> list) {
                u32(9).u32(8).u64(list.size());
                ((List<String>) list).forEach(this::string);
                return this;
            } else if (v instanceof float[] floats) {
                u32(9).u32(6).u64(floats.length);
                ByteBuffer b = ByteBuffer.allocate(4 * floats.length).order(ByteOrder.LITTLE_ENDIAN);
                for (float f : floats) {
                    b.putFloat(f);
                }
                return bytes(b.array());
            } else if (v instanceof int[] ints) {
                u32(9).u32(5).u64(ints.length);
                ByteBuffer b = ByteBuffer.allocate(4 * ints.length).order(ByteOrder.LITTLE_ENDIAN);
                for (int i : ints) {
                    b.putInt(i);
                }
                return bytes(b.array());
            }
            throw new IllegalArgumentException("unsupported GGUF value " + v);
        }
    }
}
