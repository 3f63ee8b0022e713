package pe.ceropapel.frontend.multipart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultipartReaderTests {

    private static final String BOUNDARY_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWabcdefghijklmnopqrstuvw0123456789'()+_,./:=?";
    /** Content bytes that never continue a boundary: near-misses of the delimiter are made of these and its prefixes. */
    private static final byte[] CONTENT_BYTES = "\r\n-xy ".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void shouldReadEveryPartByteForByteWhateverChunksTheBodyArrivesInAndHowItIsRead() throws IOException {
        for (int seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            String boundary = boundary(random);
            List<byte[]> contents = new ArrayList<>();
            for (int i = random.nextInt(5) + 1; i > 0; i--) {
                contents.add(content(random, boundary, random.nextInt(4) == 0 ? 0 : random.nextInt(150_000)));
            }
            byte[] body = body(random, boundary, contents);

            MultipartReader reader = new MultipartReader(new Chunked(body, random), boundary, 1024, 10);
            for (int i = 0; i < contents.size(); i++) {
                MultipartReader.Part part = reader.next();
                assertThat(part.headers()).as("seed %d part %d", seed, i)
                        .containsEntry("content-disposition", "form-data; name=\"p" + i + "\"")
                        .containsEntry("content-type", "application/octet-stream");
                assertThat(readAll(part.content(), random)).as("seed %d part %d", seed, i).isEqualTo(contents.get(i));
            }
            assertThat(reader.next()).as("seed %d", seed).isNull();
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void shouldIgnoreThePreambleTheEpilogueAndSpacesAfterADelimiter() throws IOException {
        MultipartReader reader = reader("Este texto no se muestra.\r\n--frontera \t\r\n"
                + "Content-Disposition: form-data; name=\"asunto\"\r\n\r\nInforme técnico\r\n--frontera--\r\nfin");

        MultipartReader.Part part = reader.next();

        assertThat(part.headers()).containsOnly(Map.entry("content-disposition", "form-data; name=\"asunto\""));
        assertThat(new String(part.content().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("Informe técnico");
        assertThat(reader.next()).isNull();
    }

    @Test
    void shouldSkipWhatIsLeftOfAPartWhenTheNextOneIsAskedFor() throws IOException {
        MultipartReader reader = reader("--b\r\nContent-Disposition: form-data; name=\"uno\"\r\n\r\n" + "x".repeat(100_000)
                + "\r\n--b\r\nContent-Disposition: form-data; name=\"dos\"\r\n\r\nsegundo\r\n--b--");

        assertThat(reader.next().content().read()).isEqualTo('x');
        MultipartReader.Part second = reader.next();

        assertThat(second.headers().get("content-disposition")).contains("dos");
        assertThat(second.content().readAllBytes()).isEqualTo("segundo".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldRefuseBrokenFramingAndPartsPastTheLimits() {
        String part = "Content-Disposition: form-data; name=\"a\"\r\n\r\nvalor";
        assertMalformed(reader("--b\r\n" + part), "ends inside a part");
        assertMalformed(reader("--b\r\n" + part + "\r\n--b"), "without its closing delimiter");
        assertMalformed(reader("sin delimitador"), "has no delimiter");
        assertMalformed(reader("--bX\r\n" + part + "\r\n--b--"), "not followed by a line end");
        assertMalformed(reader("--b\r\nContent-Disposition: form-data; name=\"a\""), "ends inside a part's headers");
        assertMalformed(reader("--b\r\nsin dos puntos\r\n\r\nvalor\r\n--b--"), "without a name");
        assertMalformed(reader("--b\r\nX-Relleno: " + "r".repeat(2000) + "\r\n\r\nvalor\r\n--b--"),
                "headers longer than 1024 bytes");
        assertMalformed(reader("--b\r\n" + ("X-Nota: " + "ñ".repeat(200) + "\r\n").repeat(3) + "\r\nvalor\r\n--b--"),
                "headers longer than 1024 bytes");
        assertMalformed(reader(("--b\r\n" + part + "\r\n").repeat(11) + "--b--"), "more than 10 parts");
        assertThatThrownBy(() -> new MultipartReader(InputStream.nullInputStream(), "b".repeat(71), 1024, 10))
                .isInstanceOf(MalformedMultipartException.class);
    }

    private static void assertMalformed(MultipartReader reader, String reason) {
        assertThatThrownBy(() -> {
            for (MultipartReader.Part part = reader.next(); part != null; part = reader.next()) {
                part.content().readAllBytes();
            }
        }).isInstanceOf(MalformedMultipartException.class).hasMessageContaining(reason);
    }

    private static MultipartReader reader(String body) {
        return new MultipartReader(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
                body.contains("--frontera") ? "frontera" : "b", 1024, 10);
    }

    private static String boundary(Random random) {
        StringBuilder boundary = new StringBuilder();
        for (int i = random.nextInt(70) + 1; i > 0; i--) {
            boundary.append(BOUNDARY_CHARACTERS.charAt(random.nextInt(BOUNDARY_CHARACTERS.length())));
        }
        return boundary.toString();
    }

    /** Random bytes full of the delimiter's beginnings, never the whole of it. */
    private static byte[] content(Random random, String boundary, int size) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        while (content.size() < size) {
            if (random.nextInt(50) == 0) {
                String nearMiss = (random.nextBoolean() ? "\r\n--" : "--") + boundary.substring(0, random.nextInt(boundary.length()));
                content.writeBytes(nearMiss.getBytes(StandardCharsets.ISO_8859_1));
            } else {
                content.write(CONTENT_BYTES[random.nextInt(CONTENT_BYTES.length)]);
            }
        }
        return content.toByteArray();
    }

    private static byte[] body(Random random, String boundary, List<byte[]> contents) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (random.nextBoolean()) {
            body.writeBytes("un preámbulo\r\n".getBytes(StandardCharsets.UTF_8));
        }
        for (int i = 0; i < contents.size(); i++) {
            body.writeBytes(((i == 0 && body.size() == 0 ? "" : "\r\n") + "--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"p" + i + "\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            body.writeBytes(contents.get(i));
        }
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return body.toByteArray();
    }

    /** Reads with buffers of random sizes, sometimes one byte at a time. */
    private static byte[] readAll(InputStream in, Random random) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            if (random.nextInt(10) == 0) {
                int b = in.read();
                if (b < 0) {
                    return out.toByteArray();
                }
                out.write(b);
            } else {
                byte[] buffer = new byte[random.nextInt(100_000) + 1];
                int n = in.read(buffer);
                if (n < 0) {
                    return out.toByteArray();
                }
                out.write(buffer, 0, n);
            }
        }
    }

    /** A body that arrives in chunks of random sizes, as from a network. */
    private static final class Chunked extends InputStream {

        private final ByteArrayInputStream bytes;
        private final Random random;

        Chunked(byte[] body, Random random) {
            this.bytes = new ByteArrayInputStream(body);
            this.random = random;
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            int chunk = random.nextInt(3) == 0 ? random.nextInt(8) + 1 : random.nextInt(70_000) + 1;
            return bytes.read(into, offset, Math.min(length, chunk));
        }
    }
}
