package pe.ceropapel.api.document;

/**
 * The signatures of version {@code basedOnVersion} were extended for long-term archiving (PAdES-LTA:
 * revocation data and an archive time-stamp); the result is content version {@code version}.
 */
public record SignaturesExtendedEvent(String documentId, int basedOnVersion, int version, ContentRef content,
                                      String level) {
}
