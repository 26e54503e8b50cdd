package dyad.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A text file named by a user (a scenario, a sweep, a data file), read whole and strictly as UTF-8. A
 * byte-order mark at the start is dropped; bytes that are not UTF-8 are reported at their line and column.
 */
final class TextFile {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private TextFile() {
    }

    /**
     * Why the file cannot be read as text, found without reading it: it is not a regular file (a folder, a
     * device, a pipe) or it is larger than {@code maxBytes}. Empty when it can be read.
     */
    static Optional<String> refusal(Path file, long maxBytes) {
        if (!Files.isRegularFile(file)) {
            return Optional.of("it is not a regular file");
        }
        try {
            if (Files.size(file) > maxBytes) {
                return Optional.of("it is larger than " + megabytes(maxBytes));
            }
        } catch (IOException e) {
            return Optional.of("its size cannot be read");
        }
        return Optional.empty();
    }

    static String read(Path file, long maxBytes) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // bounded even after the size check: files such as those in /proc report a size of 0
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) {
            throw new BadInputException(new Location(file, 1, 1), "",
                    "the file is larger than " + megabytes(maxBytes));
        }
        return decode(file, bytes);
    }

    static String decode(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer text = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), text, true);
        if (!result.isError()) {
            result = decoder.flush(text);
        }
        text.flip();
        if (result.isError()) {
            throw new BadInputException(positionAfter(file, text), "",
                    "the file is not valid UTF-8 text here: save it as UTF-8");
        }
        String decoded = text.toString();
        return !decoded.isEmpty() && decoded.charAt(0) == BYTE_ORDER_MARK ? decoded.substring(1) : decoded;
    }

    /** The line and column just after the text decoded so far: where the first bad byte stands. */
    private static Location positionAfter(Path file, CharSequence decoded) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (c != BYTE_ORDER_MARK || i > 0) {
                column++;
            }
        }
        return new Location(file, line, column);
    }

    static String megabytes(long bytes) {
        return bytes / 1_000_000 + " MB";
    }
}
