package pe.ceropapel.frontend.multipart;

import org.springframework.web.multipart.MultipartFile;

/** A file of a multipart request whose SHA-256 was computed while it was received. */
public interface DigestedFile extends MultipartFile {

    /** Lowercase hexadecimal SHA-256 of the file's bytes. */
    String sha256();
}
