package pe.ceropapel.api.audit;

/** Records that a person read a confidential document (its data or its content). */
public record RecordConfidentialReadCommand(String documentId, String reader, String what) {
}
