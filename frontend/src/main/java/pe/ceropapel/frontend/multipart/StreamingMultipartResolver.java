package pe.ceropapel.frontend.multipart;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.DefaultMultipartHttpServletRequest;
import pe.ceropapel.frontend.security.BodyTooLargeException;
import pe.ceropapel.frontend.security.BoundedRequest;

/**
 * Resolves {@code multipart/form-data} requests with {@link MultipartReader} in place of the servlet
 * container's parser, which compares the boundary at every byte (about half of an upload's request-thread
 * time in the upload benchmark's profile). Files stay in memory up to a threshold and go to owner-only
 * temporary files past it; other parts are form fields. A request or file past its limit is refused
 * with {@link MaxUploadSizeExceededException} as soon as it goes past it, broken framing with
 * {@link MalformedMultipartException}; either way nothing is left on disk.
 */
public final class StreamingMultipartResolver implements MultipartResolver {

    private static final int MAX_HEADER_BYTES = 8 * 1024;
    private static final int MAX_PARTS = 100;

    private final long maxRequestSize;
    private final long maxFileSize;
    private final int fileSizeThreshold;
    private final int maxFieldSize;
    private final Map<String, Long> largerLimits;

    public StreamingMultipartResolver(long maxRequestSize, long maxFileSize, int fileSizeThreshold, int maxFieldSize) {
        this(maxRequestSize, maxFileSize, fileSizeThreshold, maxFieldSize, Map.of());
    }

    /**
     * @param largerLimits limits for the request and its file on the paths that start with each key, in place of
     *                     the others (a batch of signed documents comes back as one archive)
     */
    public StreamingMultipartResolver(long maxRequestSize, long maxFileSize, int fileSizeThreshold, int maxFieldSize,
                                      Map<String, Long> largerLimits) {
        this.maxRequestSize = maxRequestSize;
        this.maxFileSize = maxFileSize;
        this.fileSizeThreshold = fileSizeThreshold;
        this.maxFieldSize = maxFieldSize;
        this.largerLimits = Map.copyOf(largerLimits);
    }

    private long limitFor(HttpServletRequest request, long otherwise) {
        return largerLimits.entrySet().stream().filter(limit -> request.getRequestURI().startsWith(limit.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(otherwise);
    }

    @Override
    public boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    @Override
    public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) throws MultipartException {
        long maxRequestSize = limitFor(request, this.maxRequestSize);
        long maxFileSize = limitFor(request, this.maxFileSize);
        if (request.getContentLengthLong() > maxRequestSize) {
            throw new MaxUploadSizeExceededException(maxRequestSize);
        }
        MultiValueMap<String, MultipartFile> files = new LinkedMultiValueMap<>();
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        Map<String, String> fieldTypes = new HashMap<>();
        try {
            MultipartReader reader = new MultipartReader(new BoundedRequest(request, maxRequestSize).getInputStream(),
                    boundary(request.getContentType()), MAX_HEADER_BYTES, MAX_PARTS);
            for (MultipartReader.Part part = reader.next(); part != null; part = reader.next()) {
                ContentDisposition disposition = disposition(part.headers().get("content-disposition"));
                String contentType = part.headers().get("content-type");
                if (disposition.getFilename() != null) {
                    files.add(disposition.getName(), ReceivedFile.read(disposition.getName(), disposition.getFilename(),
                            contentType, part.content(), fileSizeThreshold, maxFileSize));
                } else {
                    fields.add(disposition.getName(), field(part.content(), contentType));
                    if (contentType != null) {
                        fieldTypes.put(disposition.getName(), contentType);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            delete(files);
            throw refusal(e, maxRequestSize);
        }
        Map<String, String[]> parameters = new HashMap<>();
        fields.forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
        return new DefaultMultipartHttpServletRequest(request, files, parameters, fieldTypes);
    }

    private static MultipartException refusal(Exception e, long maxRequestSize) {
        if (e instanceof BodyTooLargeException) {
            return new MaxUploadSizeExceededException(maxRequestSize, e);
        }
        return e instanceof MultipartException refusal ? refusal
                : new MultipartException("the multipart body could not be read", e);
    }

    @Override
    public void cleanupMultipart(MultipartHttpServletRequest request) {
        delete(request.getMultiFileMap());
    }

    private static void delete(MultiValueMap<String, MultipartFile> files) {
        files.values().stream().flatMap(List::stream).forEach(file -> {
            try {
                ((ReceivedFile) file).delete();
            } catch (IOException notDeleted) {
                // a temporary file that cannot be deleted now is the operating system's to clean up
            }
        });
    }

    private static String boundary(String contentType) {
        try {
            String boundary = MediaType.parseMediaType(contentType).getParameter("boundary");
            if (boundary != null && boundary.length() >= 2 && boundary.startsWith("\"") && boundary.endsWith("\"")) {
                return boundary.substring(1, boundary.length() - 1);
            }
            return boundary;
        } catch (InvalidMediaTypeException e) {
            throw new MalformedMultipartException("the content type is not valid: " + e.getMessage());
        }
    }

    private static ContentDisposition disposition(String header) {
        if (header == null) {
            throw new MalformedMultipartException("a part without Content-Disposition");
        }
        try {
            ContentDisposition disposition = ContentDisposition.parse(header);
            if (!disposition.isFormData() || disposition.getName() == null) {
                throw new MalformedMultipartException("a part that is not a named form-data part");
            }
            return disposition;
        } catch (IllegalArgumentException e) {
            throw new MalformedMultipartException("a part's Content-Disposition is not valid: " + e.getMessage());
        }
    }

    /** A form field's text: in the part's charset, UTF-8 unless it names another. */
    private String field(InputStream content, String contentType) throws IOException {
        byte[] bytes = content.readNBytes(maxFieldSize + 1);
        if (bytes.length > maxFieldSize) {
            throw new MaxUploadSizeExceededException(maxFieldSize);
        }
        Charset charset = StandardCharsets.UTF_8;
        if (contentType != null) {
            try {
                Charset named = MediaType.parseMediaType(contentType).getCharset();
                charset = named != null ? named : charset;
            } catch (IllegalArgumentException unknown) {
                throw new MalformedMultipartException("a part's content type is not valid: " + contentType);
            }
        }
        return new String(bytes, charset);
    }
}
