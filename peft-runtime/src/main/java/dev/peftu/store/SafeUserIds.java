package dev.peftu.store;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Maps any user id to a file name that is safe on Linux, macOS and Windows, and back. Bytes of the
 * UTF-8 id outside {@code [a-z0-9_-]} (uppercase letters included, so names differ even on
 * case-insensitive file systems), a leading or trailing dot, and the first letter of a Windows
 * device name ({@code con}, {@code nul}, {@code com1}...) become {@code %xx} with lowercase hex; the
 * empty id is {@code %}. Names are at most {@value #MAX_NAME_LENGTH} characters: a longer encoding
 * is cut and suffixed with {@code ~} and the SHA-256 of the id, which cannot be decoded, so the id
 * must then be recorded beside it (see {@link #isTruncated}).
 */
public final class SafeUserIds {

    /** The longest name produced, leaving room under the usual 255-byte limit for temporary prefixes and suffixes. */
    public static final int MAX_NAME_LENGTH = 200;

    private static final String EMPTY_ID_NAME = "%";
    private static final char ESCAPE = '%';
    private static final char HASH_SEPARATOR = '~';
    private static final int HASH_HEX_LENGTH = 64;
    private static final HexFormat HEX = HexFormat.of();
    private static final Set<String> WINDOWS_DEVICE_NAMES = windowsDeviceNames();

    private SafeUserIds() {
    }

    /**
     * Returns the file name for a user id.
     *
     * @throws IllegalArgumentException if the id holds an unpaired surrogate (it has no UTF-8 form)
     */
    public static String toFileName(String userId) {
        if (userId.isEmpty()) {
            return EMPTY_ID_NAME;
        }
        byte[] utf8 = strictUtf8(userId);
        StringBuilder name = new StringBuilder(utf8.length);
        for (int i = 0; i < utf8.length; i++) {
            int b = utf8[i] & 0xff;
            boolean edgeDot = b == '.' && (i == 0 || i == utf8.length - 1);
            if (isKept(b) && !edgeDot) {
                name.append((char) b);
            } else {
                appendEscape(name, b);
            }
        }
        escapeWindowsDeviceName(name);
        return name.length() <= MAX_NAME_LENGTH ? name.toString() : truncate(name, utf8);
    }

    /** Returns whether the name was cut to fit and so cannot be decoded by {@link #fromFileName}. */
    public static boolean isTruncated(String fileName) {
        return fileName.indexOf(HASH_SEPARATOR) >= 0;
    }

    /**
     * Returns the user id of a name made by {@link #toFileName}.
     *
     * @throws IllegalArgumentException if the name is truncated or is not exactly what {@code toFileName} makes
     */
    public static String fromFileName(String fileName) {
        if (fileName.equals(EMPTY_ID_NAME)) {
            return "";
        }
        if (isTruncated(fileName)) {
            throw new IllegalArgumentException("file name " + fileName + " is a truncated user id; the full id is "
                    + "recorded beside it");
        }
        ByteBuffer bytes = ByteBuffer.allocate(fileName.length());
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            if (c == ESCAPE && isLowerHex(fileName, i + 1, i + 3)) {
                bytes.put((byte) HexFormat.fromHexDigits(fileName, i + 1, i + 3));
                i += 2;
            } else if (c < 0x80 && (isKept(c) || c == '.')) {
                bytes.put((byte) c);
            } else {
                throw notOurs(fileName, "character '" + c + "' at index " + i);
            }
        }
        String userId;
        try {
            userId = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.flip()).toString();
        } catch (CharacterCodingException malformed) {
            throw notOurs(fileName, "escapes that are not UTF-8");
        }
        if (!toFileName(userId).equals(fileName)) {
            throw notOurs(fileName, "a non-canonical encoding of user id '" + userId + "'");
        }
        return userId;
    }

    private static boolean isKept(int b) {
        return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '_' || b == '-' || b == '.';
    }

    private static boolean isLowerHex(String text, int from, int to) {
        if (to > text.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static void appendEscape(StringBuilder name, int b) {
        name.append(ESCAPE).append(HEX.toHexDigits((byte) b));
    }

    private static void escapeWindowsDeviceName(StringBuilder name) {
        int dot = name.indexOf(".");
        String base = dot < 0 ? name.toString() : name.substring(0, dot);
        if (isWindowsDeviceName(base)) {
            char first = name.charAt(0);
            name.deleteCharAt(0);
            name.insert(0, ESCAPE + HEX.toHexDigits((byte) first));
        }
    }

    /** Returns whether Windows reserves the name (before any extension) for a device, ignoring case. */
    static boolean isWindowsDeviceName(String base) {
        return WINDOWS_DEVICE_NAMES.contains(base.toLowerCase(Locale.ROOT));
    }

    private static String truncate(StringBuilder name, byte[] utf8) {
        int keep = MAX_NAME_LENGTH - 1 - HASH_HEX_LENGTH;
        int escapeStart = name.lastIndexOf(String.valueOf(ESCAPE), keep - 1);
        if (escapeStart >= 0 && escapeStart > keep - 3) {
            keep = escapeStart;
        }
        return name.substring(0, keep) + HASH_SEPARATOR + sha256Hex(utf8);
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        }
    }

    private static byte[] strictUtf8(String userId) {
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(userId));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException unpaired) {
            throw new IllegalArgumentException("user id '" + userId + "' holds an unpaired surrogate; expected "
                    + "well-formed Unicode", unpaired);
        }
    }

    private static IllegalArgumentException notOurs(String fileName, String problem) {
        return new IllegalArgumentException("file name " + fileName + " is not an encoded user id: it has " + problem);
    }

    private static Set<String> windowsDeviceNames() {
        Set<String> names = new HashSet<>(Set.of("con", "prn", "aux", "nul"));
        for (int digit = 0; digit <= 9; digit++) {
            names.add("com" + digit);
            names.add("lpt" + digit);
        }
        return Set.copyOf(names);
    }
}
