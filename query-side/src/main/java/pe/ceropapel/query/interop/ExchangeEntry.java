package pe.ceropapel.query.interop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.Map;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.interop.Cargo;
import pe.ceropapel.api.interop.DeliveryStatus;
import pe.ceropapel.api.interop.ExchangeDirection;
import pe.ceropapel.api.interop.ExchangeState;
import pe.ceropapel.api.interop.ExchangeView;
import pe.ceropapel.api.interop.SignatureCheck;
import pe.ceropapel.api.interop.Tramite;

/**
 * An exchange as the {@code exchanges} index holds it. The tramite, cargo and signature check are
 * kept as JSON objects (dates as ISO text) and read back into their records.
 */
final class ExchangeEntry {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public String exchangeId;
    public String direction;
    public String cuo;
    public String counterpartRuc;
    public String documentId;
    public String caseFileId;
    public String state;
    public String delivery;
    public int attempts;
    public String lastError;
    public String nextAttemptAt;
    public String openedAt;
    public Map<String, Object> tramite;
    public ContentRef content;
    public Map<String, Object> signatures;
    public Map<String, Object> cargo;
    public ContentRef receipt;
    public Boolean receiptVerified;
    public String receiptSigner;

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value) {
        return value == null ? null : JSON.convertValue(value, Map.class);
    }

    ExchangeView view() {
        return new ExchangeView(exchangeId, ExchangeDirection.valueOf(direction), cuo, counterpartRuc,
                JSON.convertValue(tramite, Tramite.class), content,
                signatures == null ? null : JSON.convertValue(signatures, SignatureCheck.class), documentId, caseFileId,
                state == null ? null : ExchangeState.valueOf(state),
                delivery == null ? null : DeliveryStatus.valueOf(delivery), attempts, lastError,
                nextAttemptAt == null ? null : Instant.parse(nextAttemptAt), Instant.parse(openedAt),
                cargo == null ? null : JSON.convertValue(cargo, Cargo.class), receipt, receiptVerified, receiptSigner);
    }
}
