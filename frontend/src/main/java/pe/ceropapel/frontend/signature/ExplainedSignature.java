package pe.ceropapel.frontend.signature;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import pe.ceropapel.signature.pades.SignatureReport;

/** One signature's validation with the Spanish sentence that says why it is or is not valid today. */
public record ExplainedSignature(@JsonUnwrapped SignatureReport report, String explanation) {
}
