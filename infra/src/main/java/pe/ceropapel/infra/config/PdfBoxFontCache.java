package pe.ceropapel.infra.config;

import org.springframework.context.annotation.Configuration;

/**
 * Keeps PDFBox's font cache under the data directory instead of the user's home directory. PDFBox
 * reads the property when it first maps a font, which happens after the context has started.
 */
@Configuration(proxyBeanMethods = false)
class PdfBoxFontCache {

    static final String PROPERTY = "pdfbox.fontcache";

    PdfBoxFontCache(CeroPapelProperties properties) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, properties.dataDir().resolve("pdfbox").toAbsolutePath().toString());
        }
    }
}
