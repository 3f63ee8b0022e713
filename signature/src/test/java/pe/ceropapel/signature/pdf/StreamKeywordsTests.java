package pe.ceropapel.signature.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StreamKeywordsTests {

    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENDSTREAM = "endstream".getBytes(StandardCharsets.US_ASCII);

    @Test
    void shouldFindEveryKeywordThatAComparisonAtEachByteFinds() throws IOException {
        Random random = new Random(20261126);
        for (int file = 0; file < 200; file++) {
            byte[] bytes = new byte[random.nextInt(300_000)];
            // letters of the keyword only, so that partial matches and near misses are everywhere
            byte[] alphabet = "streamdn \n".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = alphabet[random.nextInt(alphabet.length)];
            }
            for (int planted = 0; planted < 20 && bytes.length > 100_000; planted++) {
                // across the scanner's 64 KiB reads, and at the start and end of the file
                int at = switch (planted % 4) {
                    case 0 -> 65_536 - random.nextInt(12);
                    case 1 -> 0;
                    case 2 -> bytes.length - STREAM.length;
                    default -> random.nextInt(bytes.length - ENDSTREAM.length);
                };
                byte[] keyword = random.nextBoolean() ? STREAM : ENDSTREAM;
                System.arraycopy(keyword, 0, bytes, Math.min(at, bytes.length - keyword.length), keyword.length);
            }

            assertThat(found(new ByteArrayInputStream(bytes))).isEqualTo(comparingAtEachByte(bytes));
        }
    }

    @Test
    void shouldTellTheKeywordFromTheEndOfEndstreamWhateverTheReadsReturn() throws IOException {
        byte[] bytes = "%PDF-1.7\n1 0 obj <<>> stream\nxx\nendstream endobj stream".getBytes(StandardCharsets.US_ASCII);

        assertThat(found(new OneByteAtATime(bytes))).containsExactly(28L, bytes.length + 0L);
    }

    private static List<Long> found(InputStream in) throws IOException {
        StreamKeywords keywords = new StreamKeywords(in);
        List<Long> positions = new ArrayList<>();
        for (long after = keywords.next(); after >= 0; after = keywords.next()) {
            positions.add(after);
        }
        return positions;
    }

    private static List<Long> comparingAtEachByte(byte[] bytes) {
        List<Long> positions = new ArrayList<>();
        for (int at = 0; at + STREAM.length <= bytes.length; at++) {
            boolean keyword = true;
            for (int i = 0; i < STREAM.length; i++) {
                keyword &= bytes[at + i] == STREAM[i];
            }
            if (keyword && (at == 0 || bytes[at - 1] != 'd')) {
                positions.add((long) at + STREAM.length);
            }
        }
        return positions;
    }

    /** A stream that hands out one byte per read, as a slow network or pipe may. */
    private static final class OneByteAtATime extends ByteArrayInputStream {

        OneByteAtATime(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 1));
        }
    }
}
