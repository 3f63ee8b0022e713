package pe.ceropapel.api.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives a document, before its first signature, the code under which anyone can verify it. */
public record AssignVerificationCodeCommand(@TargetAggregateIdentifier String documentId, String verificationCode) {
}
