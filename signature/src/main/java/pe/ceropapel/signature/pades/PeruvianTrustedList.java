package pe.ceropapel.signature.pades;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Peru's Trusted Service List as shipped with the application: where INDECOPI publishes it, the copy
 * of 2026-06-30 that seeds the cache before the first download, and INDECOPI's certificates that sign
 * it (the list signer of 2024-2027 and its CA, INDECOPI AAC RAIZ).
 */
public final class PeruvianTrustedList {

    public static final String URL = "https://iofe.indecopi.gob.pe/TSL/tsl-pe.xml";

    private static final String SHIPPED_COPY = "/trust/tsl-pe-2026-06-30.xml";
    private static final List<String> INDECOPI_CERTIFICATES = List.of("/trust/indecopi-tsl-suscriptor-2024.pem",
            "/trust/indecopi-aac-raiz.pem");

    private PeruvianTrustedList() {
    }

    /** The list as published on 2026-06-30 (sequence 25, next update 2026-12-30). */
    public static byte[] shippedCopy() {
        try (InputStream in = resource(SHIPPED_COPY)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** INDECOPI's list signer and its CA. */
    public static List<X509Certificate> indecopiCertificates() {
        return INDECOPI_CERTIFICATES.stream().flatMap(PeruvianTrustedList::certificate).toList();
    }

    private static Stream<X509Certificate> certificate(String path) {
        try (InputStream in = resource(path)) {
            return Stream.of((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CertificateException e) {
            throw new IllegalStateException("not a certificate: " + path, e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = PeruvianTrustedList.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        return in;
    }
}
