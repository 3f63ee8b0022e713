package pe.ceropapel.frontend.multipart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import pe.ceropapel.storage.Sha256;

class StreamingMultipartResolverTests {

    private static final Path TEMPORARY = Path.of(System.getProperty("java.io.tmpdir"));

    private final StreamingMultipartResolver resolver = new StreamingMultipartResolver(100_000, 50_000, 1_000, 2_000);
    private final byte[] large = new byte[20_000];

    StreamingMultipartResolverTests() {
        Arrays.fill(large, (byte) '%');
    }

    @Test
    void shouldGiveFieldsWithTheirTypesAndFilesInMemoryOrInOwnerOnlyFilesThatCleanupRemoves() throws IOException {
        List<Path> before = partFiles();
        MockHttpServletRequest request = request("multipart/form-data; boundary=\"zz\"", body("zz",
                part("metadata", "application/json; charset=UTF-8", "{\"subject\":\"Año fiscal\"}".getBytes(StandardCharsets.UTF_8)),
                part("small\"; filename=\"acta.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8)),
                part("large\"; filename=\"informe técnico.pdf", "application/pdf", large)));

        MultipartHttpServletRequest resolved = resolver.resolveMultipart(request);

        assertThat(resolved.getParameter("metadata")).isEqualTo("{\"subject\":\"Año fiscal\"}");
        assertThat(resolved.getMultipartContentType("metadata")).isEqualTo("application/json; charset=UTF-8");
        MultipartFile small = resolved.getFile("small");
        assertThat(small.getBytes()).isEqualTo("%PDF-1.7".getBytes(StandardCharsets.UTF_8));
        assertThat(small.getOriginalFilename()).isEqualTo("acta.pdf");
        assertThat(((DigestedFile) small).sha256()).as("digest computed while the part arrived")
                .isEqualTo(Sha256.of("%PDF-1.7".getBytes(StandardCharsets.UTF_8)));
        MultipartFile file = resolved.getFile("large");
        assertThat(file.getOriginalFilename()).isEqualTo("informe técnico.pdf");
        assertThat(file.getContentType()).isEqualTo("application/pdf");
        assertThat(file.getSize()).isEqualTo(large.length);
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(large);
        assertThat(((DigestedFile) file).sha256()).isEqualTo(Sha256.of(large));
        List<Path> spooled = partFiles().stream().filter(path -> !before.contains(path)).toList();
        assertThat(spooled).as("only the large file goes to disk").hasSize(1);
        assertThat(Files.getPosixFilePermissions(spooled.get(0))).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        resolver.cleanupMultipart(resolved);

        assertThat(spooled.get(0)).doesNotExist();
    }

    @Test
    void shouldMoveAFileWhereItIsTransferred(@TempDir Path dir) throws IOException {
        MultipartHttpServletRequest resolved = resolver.resolveMultipart(request("multipart/form-data; boundary=zz",
                body("zz", part("file\"; filename=\"a.pdf", "application/pdf", large))));
        List<Path> spooled = partFiles();

        resolved.getFile("file").transferTo(dir.resolve("moved.bin"));

        assertThat(dir.resolve("moved.bin")).hasBinaryContent(large);
        assertThat(partFiles()).hasSizeLessThan(spooled.size());
        resolver.cleanupMultipart(resolved);
    }

    @Test
    void shouldRefuseABodyPastItsLimitWhileReadingItWhenItsLengthIsNotDeclaredAndLeaveNoFile() {
        List<Path> before = partFiles();
        byte[] body = body("zz", part("a\"; filename=\"a.pdf", "application/pdf", large),
                part("b\"; filename=\"b.pdf", "application/pdf", large), part("c\"; filename=\"c.pdf", "application/pdf", large),
                part("d\"; filename=\"d.pdf", "application/pdf", large), part("e\"; filename=\"e.pdf", "application/pdf", large),
                part("f\"; filename=\"f.pdf", "application/pdf", large));
        MockHttpServletRequest undeclared = new MockHttpServletRequest("POST", "/api/documents") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        undeclared.setContentType("multipart/form-data; boundary=zz");
        undeclared.setContent(body);

        assertThatThrownBy(() -> resolver.resolveMultipart(undeclared)).isInstanceOf(MaxUploadSizeExceededException.class);
        assertThatThrownBy(() -> resolver.resolveMultipart(request("multipart/form-data; boundary=zz", body)))
                .isInstanceOf(MaxUploadSizeExceededException.class);
        assertThatThrownBy(() -> resolver.resolveMultipart(request("multipart/form-data; boundary=zz",
                body("zz", part("a\"; filename=\"a.pdf", "application/pdf", new byte[60_000])))))
                .as("one file past the file limit").isInstanceOf(MaxUploadSizeExceededException.class);
        assertThatThrownBy(() -> resolver.resolveMultipart(request("multipart/form-data; boundary=zz",
                body("zz", part("metadata", "application/json", new byte[3_000])))))
                .as("a field past the field limit").isInstanceOf(MaxUploadSizeExceededException.class);
        assertThat(partFiles()).isEqualTo(before);
    }

    @Test
    void shouldRefuseABodyWithoutBoundaryOrWithAPartThatIsNotANamedFormField() {
        List<Path> before = partFiles();
        assertThatThrownBy(() -> resolver.resolveMultipart(request("multipart/form-data", body("zz"))))
                .isInstanceOf(MalformedMultipartException.class);
        assertThatThrownBy(() -> resolver.resolveMultipart(request("multipart/form-data; boundary=zz",
                body("zz", part("big\"; filename=\"a.pdf", "application/pdf", large),
                        ("--zz\r\nContent-Type: text/plain\r\n\r\nsin nombre\r\n").getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(MalformedMultipartException.class).hasMessageContaining("Content-Disposition");
        assertThat(partFiles()).as("the file read before the broken part is removed").isEqualTo(before);
    }

    @Test
    void shouldTakeOnlyFormDataAsMultipart() {
        assertThat(resolver.isMultipart(request("Multipart/Form-Data; boundary=zz", new byte[0]))).isTrue();
        assertThat(resolver.isMultipart(request("multipart/mixed; boundary=zz", new byte[0]))).isFalse();
        assertThat(resolver.isMultipart(request("application/json", new byte[0]))).isFalse();
    }

    private static MockHttpServletRequest request(String contentType, byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/documents");
        request.setContentType(contentType);
        request.setContent(body);
        return request;
    }

    /** A part: {@code disposition} goes inside {@code name="…"}, so that a test can add a file name after it. */
    private static byte[] part(String disposition, String contentType, byte[] content) {
        ByteArrayOutputStream part = new ByteArrayOutputStream();
        part.writeBytes(("--zz\r\nContent-Disposition: form-data; name=\"" + disposition + "\"\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        part.writeBytes(content);
        part.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return part.toByteArray();
    }

    private static byte[] body(String boundary, byte[]... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Stream.of(parts).forEach(body::writeBytes);
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static List<Path> partFiles() {
        try (Stream<Path> files = Files.list(TEMPORARY)) {
            return files.filter(path -> path.getFileName().toString().startsWith("ceropapel-part-")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
