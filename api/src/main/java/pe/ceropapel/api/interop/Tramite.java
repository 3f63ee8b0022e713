package pe.ceropapel.api.interop;

import java.time.LocalDate;
import java.util.List;

/**
 * What one entity sends another (the PIDE model's RecepcionTramite) besides the PDF's bytes.
 *
 * @param cuo                 the unique operation code (10 characters) that names this exchange
 * @param referencedCuo       the exchange this one answers, or null
 * @param documentType        the document type's code, such as OFICIO
 * @param folios              the PDF's pages
 * @param documentSha256      the SHA-256 of the PDF, lowercase hexadecimal
 * @param attachmentNames     the names of the annexes (sent by URL, not as bytes)
 * @param attachmentsUrl      where the annexes can be fetched, or null
 */
public record Tramite(String senderRuc, String senderName, String senderOffice, String senderPersonIdType,
                      String senderPersonIdNumber, String receiverRuc, String cuo, String referencedCuo,
                      String documentType, String documentNumber, LocalDate documentDate, String destinationOffice,
                      String addresseeName, String addresseePosition, String subject, int attachmentCount,
                      int folios, String documentFileName, String documentSha256, List<String> attachmentNames,
                      String attachmentsUrl) {

    public Tramite {
        attachmentNames = attachmentNames == null ? List.of() : List.copyOf(attachmentNames);
    }
}
