package pe.ceropapel.command.numbering;

import java.time.Clock;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.document.DocumentNumber;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.api.numbering.TakeNextNumberCommand;

/**
 * Takes a document's number from its series (office, type, current year in Lima) and formats it as
 * printed: {@code INFORME N° 000123-2026-INACAL/DM}. Each type's prefix can be configured with
 * {@code ceropapel.numbering.prefix.<TYPE>}.
 */
@Component
public class DocumentNumbers {

    private static final Map<DocumentType, String> DEFAULT_PREFIXES = Map.of(
            DocumentType.MEMORANDO_MULTIPLE, "MEMORANDO MÚLTIPLE",
            DocumentType.RESOLUCION, "RESOLUCIÓN");

    private final CommandGateway commands;
    private final Environment environment;
    private final Clock clock;

    DocumentNumbers(CommandGateway commands, Environment environment, Clock clock) {
        this.commands = commands;
        this.environment = environment;
        this.clock = clock;
    }

    public DocumentNumber take(String documentId, String officeCode, DocumentType type) {
        int year = Year.now(clock).getValue();
        String seriesId = TakeNextNumberCommand.documentSeries(officeCode, type, year);
        long correlative = commands.sendAndWait(new TakeNextNumberCommand(seriesId, documentId));
        return new DocumentNumber(seriesId, correlative, year, format(type, correlative, year, officeCode));
    }

    String format(DocumentType type, long correlative, int year, String officeCode) {
        String prefix = environment.getProperty("ceropapel.numbering.prefix." + type.name(),
                DEFAULT_PREFIXES.getOrDefault(type, type.name().replace('_', ' ')));
        return String.format(Locale.ROOT, "%s N° %06d-%d-%s", prefix, correlative, year, officeCode);
    }
}
