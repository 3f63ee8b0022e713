package pe.ceropapel.frontend.multipart;

import org.springframework.web.multipart.MultipartException;

/** A multipart body whose framing is broken or past the limits on its parts: the client's error (400). */
public class MalformedMultipartException extends MultipartException {

    MalformedMultipartException(String message) {
        super(message);
    }
}
