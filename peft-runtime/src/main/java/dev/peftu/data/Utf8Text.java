package dev.peftu.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a dataset file as UTF-8 text: a leading byte order mark is skipped, and bytes that are not
 * UTF-8 (a Latin-1 or Windows-1252 export) fail naming the line and column where they are.
 */
final class Utf8Text {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Utf8Text() {
    }

    /**
     * Returns the file's text without a byte order mark.
     *
     * @throws DatasetFormatException naming line and column of the first byte that is not UTF-8
     */
    static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int start = startsWithBom(bytes) ? BOM.length : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw notUtf8(file, bytes, in.position());
        }
        return out.flip().toString();
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    private static DatasetFormatException notUtf8(Path file, byte[] bytes, int at) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new DatasetFormatException(file, "line " + line + ", byte " + (at - lineStart + 1),
                String.format(Locale.ROOT, "expected UTF-8 text, found the byte 0x%02X that is not valid UTF-8"
                        + " (re-save the file as UTF-8; Latin-1 or Windows-1252 exports are not read)", bytes[at]));
    }
}
