package pe.ceropapel.signature.pdf;

/** What inspection learned about an acceptable PDF. */
public record PdfFacts(int pages) {
}
