package dev.peftu.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peftu.model.HostTensor;
import dev.peftu.model.RandomTensors;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetensorsTest {

    @TempDir
    Path dir;

    @Test
    void roundTripsF32TensorsAndMetadata() throws IOException {
        Random random = new Random(42);
        Map<String, HostTensor> tensors = new LinkedHashMap<>();
        tensors.put("z.weight", RandomTensors.gaussian(random, 3, 5));
        tensors.put("a.bias", RandomTensors.gaussian(random, 7));
        tensors.put("empty", new HostTensor(new long[] {0, 4}, new float[0]));
        tensors.put("scalar", new HostTensor(new long[] {}, new float[] {Float.NEGATIVE_INFINITY}));
        Path file = dir.resolve("model.safetensors");

        Safetensors.write(file, tensors, Map.of("format", "pt"));

        assertThat(Safetensors.read(file)).isEqualTo(tensors);
        assertThat(Safetensors.readMetadata(file)).containsExactly(Map.entry("format", "pt"));
    }

    @Test
    void writesMetadataFirstThenKeysSortedInAnEightByteAlignedHeader() throws IOException {
        Path file = dir.resolve("sorted.safetensors");
        Map<String, HostTensor> tensors = new LinkedHashMap<>();
        tensors.put("b", new HostTensor(new long[] {2}, new float[] {1, 2}));
        tensors.put("a", new HostTensor(new long[] {1}, new float[] {3}));

        Safetensors.write(file, tensors, Map.of());

        String header = RawSafetensors.headerOf(file);
        assertThat(header.getBytes(StandardCharsets.UTF_8).length % 8).isZero();
        assertThat(header.strip()).isEqualTo("{\"__metadata__\":{},"
                + "\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},"
                + "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}");
        assertThat(Safetensors.read(file).keySet()).containsExactly("a", "b");
    }

    @Test
    void leavesNoTemporaryFileBehind() throws IOException {
        Safetensors.write(dir.resolve("m.safetensors"), Map.of("x", new HostTensor(new long[] {1}, new float[] {1})),
                Map.of());

        try (var files = Files.list(dir)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("m.safetensors");
        }
    }

    @Test
    void readsKnownF16BitPatternsIncludingSubnormalsInfinitiesAndNan() throws IOException {
        int[] patterns = {0x3c00, 0xc000, 0x7bff, 0x0001, 0x03ff, 0x0400, 0x7c00, 0xfc00, 0x7e00, 0x8000, 0x3555};
        Path file = RawSafetensors.write(dir.resolve("f16.safetensors"),
                "{\"h\":{\"dtype\":\"F16\",\"shape\":[11],\"data_offsets\":[0,22]}}",
                RawSafetensors.littleEndianShorts(patterns));

        float[] values = Safetensors.read(file).get("h").data();

        assertThat(values).hasSize(11);
        assertThat(values[0]).isEqualTo(1f);
        assertThat(values[1]).isEqualTo(-2f);
        assertThat(values[2]).isEqualTo(65504f);
        assertThat(values[3]).isEqualTo((float) Math.pow(2, -24));
        assertThat(values[4]).isEqualTo((float) (1023 * Math.pow(2, -24)));
        assertThat(values[5]).isEqualTo((float) Math.pow(2, -14));
        assertThat(values[6]).isEqualTo(Float.POSITIVE_INFINITY);
        assertThat(values[7]).isEqualTo(Float.NEGATIVE_INFINITY);
        assertThat(values[8]).isNaN();
        assertThat(Float.floatToRawIntBits(values[9])).isEqualTo(Float.floatToRawIntBits(-0f));
        assertThat(values[10]).isEqualTo(0.333251953125f);
    }

    @Test
    void readsKnownBf16BitPatternsAsTheUpperHalfOfFloat32() throws IOException {
        Path file = RawSafetensors.write(dir.resolve("bf16.safetensors"),
                "{\"b\":{\"dtype\":\"BF16\",\"shape\":[2,3],\"data_offsets\":[0,12]}}",
                RawSafetensors.littleEndianShorts(0x3f80, 0xc040, 0x7f80, 0x7fc0, 0x0001, 0x3eab));

        HostTensor tensor = Safetensors.read(file).get("b");

        assertThat(tensor.shape()).containsExactly(2, 3);
        float[] values = tensor.data();
        assertThat(values[0]).isEqualTo(1f);
        assertThat(values[1]).isEqualTo(-3f);
        assertThat(values[2]).isEqualTo(Float.POSITIVE_INFINITY);
        assertThat(values[3]).isNaN();
        assertThat(values[4]).isEqualTo((float) Math.pow(2, -133));
        assertThat(values[5]).isEqualTo(0.333984375f);
    }

    @Test
    void writesBf16RoundingToNearestEven() throws IOException {
        float tieDown = 1 + 0x1p-8f;
        float tieUp = 1 + 3 * 0x1p-8f;
        float aboveTie = 1 + 0x1p-8f + 0x1p-20f;
        Path file = dir.resolve("bf16-out.safetensors");

        Safetensors.write(file, Map.of("w", tensor(tieDown, tieUp, aboveTie, -0f, Float.NaN)), Map.of(),
                SafetensorsDtype.BF16);

        assertThat(RawSafetensors.dataAsShorts(file)).startsWith(0x3f80, 0x3f82, 0x3f81, 0x8000);
        assertThat(Safetensors.read(file).get("w").data()[4]).isNaN();
    }

    @Test
    void writesF16RoundingToNearestEvenWithSubnormalsAndOverflow() throws IOException {
        Path file = dir.resolve("f16-out.safetensors");

        Safetensors.write(file, Map.of("w", tensor(65519f, 65520f, 0x1p-25f, 3 * 0x1p-25f, 1f / 3, 0x1p-14f - 0x1p-25f,
                -1e9f)), Map.of(), SafetensorsDtype.F16);

        assertThat(RawSafetensors.dataAsShorts(file))
                .containsExactly(0x7bff, 0x7c00, 0x0000, 0x0002, 0x3555, 0x0400, 0xfc00);
    }

    @Test
    void readsOnlyWantedTensorsSoOtherDtypesCanBeSkipped() throws IOException {
        ByteBuffer data = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putLong(7).putFloat(2.5f);
        Path file = RawSafetensors.write(dir.resolve("mixed.safetensors"),
                "{\"position_ids\":{\"dtype\":\"I64\",\"shape\":[1],\"data_offsets\":[0,8]},"
                        + "\"w\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[8,12]}}", data.array());

        assertThat(Safetensors.read(file, name -> !name.equals("position_ids")))
                .containsOnlyKeys("w");
        assertThatThrownBy(() -> Safetensors.read(file))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("position_ids")
                .hasMessageContaining("dtype I64");
    }

    @Test
    void shapesAreCheckedLikeReadsWithoutReadingTheData() throws IOException {
        ByteBuffer data = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN).putLong(7).putFloat(2.5f)
                .putShort((short) 0x3c00).putShort((short) 0x3c00);
        Path file = RawSafetensors.write(dir.resolve("shapes.safetensors"),
                "{\"position_ids\":{\"dtype\":\"I64\",\"shape\":[1],\"data_offsets\":[0,8]},"
                        + "\"w\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[8,12]},"
                        + "\"h\":{\"dtype\":\"F16\",\"shape\":[1,2],\"data_offsets\":[12,16]},"
                        + "\"short\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[16,20]}}", data.array());

        assertThat(Safetensors.shapes(file, name -> name.equals("w") || name.equals("h")))
                .containsOnlyKeys("w", "h").containsEntry("h", new long[] {1, 2});
        assertThatThrownBy(() -> Safetensors.shapes(file, name -> name.equals("position_ids")))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("dtype I64 is not supported");
        assertThatThrownBy(() -> Safetensors.shapes(file, name -> name.equals("short")))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining("tensor short: data_offsets cover 4 bytes");
    }

    @Test
    void rejectsAFileShorterThanItsHeader() throws IOException {
        Path file = dir.resolve("short.safetensors");
        Files.write(file, ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putLong(1000).array());

        assertThatThrownBy(() -> Safetensors.read(file))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("shorter than its header");
    }

    @Test
    void rejectsAFileShorterThanTheLengthField() throws IOException {
        Path file = Files.write(dir.resolve("tiny.safetensors"), new byte[] {1, 2, 3});

        assertThatThrownBy(() -> Safetensors.read(file))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("3 bytes");
    }

    @Test
    void rejectsAHeaderThatIsNotJson() throws IOException {
        Path file = RawSafetensors.write(dir.resolve("garbled.safetensors"), "{\"w\": [oops", new byte[0]);

        assertThatThrownBy(() -> Safetensors.read(file))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not JSON");
    }

    @Test
    void rejectsDataOffsetsBeyondTheFileNamingTheTensor() throws IOException {
        Path file = RawSafetensors.write(dir.resolve("cut.safetensors"),
                "{\"layer.weight\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}}", new byte[8]);

        assertThatThrownBy(() -> Safetensors.read(file))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("layer.weight")
                .hasMessageContaining("out of range");
    }

    @Test
    void rejectsDataOffsetsThatDoNotFitTheShape() throws IOException {
        Path file = RawSafetensors.write(dir.resolve("mismatch.safetensors"),
                "{\"w\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}", new byte[8]);

        assertThatThrownBy(() -> Safetensors.read(file))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining("tensor w").hasMessageContaining("needs 12");
    }

    @Test
    void rejectsAMissingShapeNamingTheField() throws IOException {
        Path file = RawSafetensors.write(dir.resolve("noshape.safetensors"),
                "{\"w\":{\"dtype\":\"F32\",\"data_offsets\":[0,0]}}", new byte[0]);

        assertThatThrownBy(() -> Safetensors.read(file))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining("tensor w: field shape is missing");
    }

    @Test
    void rejectsNonStringMetadata() throws IOException {
        Path file = RawSafetensors.write(dir.resolve("meta.safetensors"), "{\"__metadata__\":{\"epochs\":3}}",
                new byte[0]);

        assertThatThrownBy(() -> Safetensors.readMetadata(file))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining("__metadata__.epochs").hasMessageContaining("expected a string");
    }

    private static HostTensor tensor(float... values) {
        return new HostTensor(new long[] {values.length}, values);
    }

    @Test
    void rejectsAnUnknownDtypeNamingTheTensor() throws IOException {
        Path file = RawSafetensors.write(dir.resolve("odd.safetensors"),
                "{\"w\":{\"dtype\":\"Q3\",\"shape\":[2],\"data_offsets\":[0,8]}}", new byte[8]);

        assertThatThrownBy(() -> Safetensors.read(file))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("w").hasMessageContaining("Q3");
    }
}
