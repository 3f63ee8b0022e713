package pe.ceropapel.api.interop;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The PIDE model's SOAP 1.1 messages for the tramite service (recepcionarTramite, cargoTramite,
 * consultarTramite), with the field names PIDE peers use, read into and written from our records.
 * Parsing refuses document type declarations, so no external entity is ever resolved.
 */
public final class PideSoap {

    public static final String NAMESPACE = "http://ws.wsiotramite.segdi.gob.pe/";
    public static final String ENVELOPE_NAMESPACE = "http://schemas.xmlsoap.org/soap/envelope/";
    public static final String RECEIVE = "recepcionarTramite";
    public static final String CARGO = "cargoTramite";
    public static final String QUERY = "consultarTramite";
    /** The result code of an accepted request; any other code is a refusal, explained in {@code vdesres}. */
    public static final String OK = "0000";
    public static final String REFUSED = "0001";

    private PideSoap() {
    }

    /** An operation read from a request: its name and its fields (annex names under {@code anexos}). */
    public record Request(String operation, Map<String, String> fields, List<String> annexes) {

        public String field(String name) {
            String value = fields.get(name);
            return value == null || value.isBlank() ? null : value.strip();
        }

        public String required(String name) {
            String value = field(name);
            if (value == null) {
                throw new MalformedMessageException("the field " + name + " is missing");
            }
            return value;
        }
    }

    /** A message that is not well-formed SOAP, or lacks or garbles a field. */
    public static final class MalformedMessageException extends RuntimeException {

        public MalformedMessageException(String message) {
            super(message);
        }
    }

    public static String receive(TramiteMessage message) {
        Tramite t = message.tramite();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vrucentrem", t.senderRuc());
        fields.put("vrucentrec", t.receiverRuc());
        fields.put("vnomentemi", t.senderName());
        fields.put("vuniorgrem", t.senderOffice());
        fields.put("vcuo", t.cuo());
        fields.put("vcuoref", t.referencedCuo());
        fields.put("ccodtipdoc", t.documentType());
        fields.put("vnumdoc", t.documentNumber());
        fields.put("dfecdoc", t.documentDate() == null ? null : t.documentDate().toString());
        fields.put("vuniorgdst", t.destinationOffice());
        fields.put("vnomdst", t.addresseeName());
        fields.put("vnomcardst", t.addresseePosition());
        fields.put("vasu", t.subject());
        fields.put("snumanx", Integer.toString(t.attachmentCount()));
        fields.put("snumfol", Integer.toString(t.folios()));
        fields.put("bpdfdoc", Base64.getEncoder().encodeToString(message.document()));
        fields.put("vnomdoc", t.documentFileName());
        fields.put("vurldocanx", t.attachmentsUrl());
        fields.put("ctipdociderem", t.senderPersonIdType());
        fields.put("vnumdociderem", t.senderPersonIdNumber());
        return envelope(RECEIVE, "request", fields, t.attachmentNames());
    }

    public static TramiteMessage tramite(Request request) {
        byte[] pdf = base64(request.required("bpdfdoc"), "bpdfdoc");
        Tramite tramite = new Tramite(request.required("vrucentrem"), request.required("vnomentemi"),
                request.required("vuniorgrem"), request.field("ctipdociderem"), request.field("vnumdociderem"),
                request.required("vrucentrec"), request.required("vcuo"), request.field("vcuoref"),
                request.required("ccodtipdoc"), request.field("vnumdoc"), date(request.field("dfecdoc")),
                request.required("vuniorgdst"), request.required("vnomdst"), request.required("vnomcardst"),
                request.required("vasu"), number(request.field("snumanx"), "snumanx"),
                number(request.field("snumfol"), "snumfol"), request.field("vnomdoc"), sha256(pdf),
                request.annexes(), request.field("vurldocanx"));
        return new TramiteMessage(tramite, pdf);
    }

    public static String cargo(CargoMessage message) {
        Cargo c = message.cargo();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vrucentrem", c.senderRuc());
        fields.put("vrucentrec", c.receiverRuc());
        fields.put("vcuo", c.cuo());
        fields.put("vnumregstd", c.registrationNumber());
        fields.put("vanioregstd", c.registrationYear() == null ? null : c.registrationYear().toString());
        fields.put("dfecregstd", c.registeredAt() == null ? null : c.registeredAt().toString());
        fields.put("vuniorgstd", c.receivingOffice());
        fields.put("vusuregstd", c.receivingUser());
        fields.put("bcarstd", message.receipt() == null ? null : Base64.getEncoder().encodeToString(message.receipt()));
        fields.put("vobs", c.observations());
        fields.put("cflgest", c.state().code());
        return envelope(CARGO, "request", fields, List.of());
    }

    public static CargoMessage cargo(Request request) {
        String receipt = request.field("bcarstd");
        byte[] bytes = receipt == null ? null : base64(receipt, "bcarstd");
        String year = request.field("vanioregstd");
        Cargo cargo = new Cargo(request.required("vcuo"), request.required("vrucentrem"), request.required("vrucentrec"),
                request.field("vnumregstd"), year == null ? null : number(year, "vanioregstd"),
                instant(request.field("dfecregstd")), request.field("vuniorgstd"), request.field("vusuregstd"),
                request.field("vobs"), state(request.required("cflgest")), bytes == null ? null : sha256(bytes));
        return new CargoMessage(cargo, bytes);
    }

    public static String query(String senderRuc, String receiverRuc, String cuo) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vrucentrem", senderRuc);
        fields.put("vrucentrec", receiverRuc);
        fields.put("vcuo", cuo);
        return envelope(QUERY, "request", fields, List.of());
    }

    /** The answer to any operation: {@link #OK} with the exchange's state, or a refusal code and its reason. */
    public static String answer(String operation, String code, String description, ExchangeAnswer answer) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vcodres", code);
        fields.put("vdesres", description);
        if (answer != null) {
            fields.put("vcuo", answer.cuo());
            fields.put("cflgest", answer.state() == null ? null : answer.state().code());
            fields.put("vnumregstd", answer.registrationNumber());
            fields.put("vobs", answer.observations());
        }
        return envelope(operation + "Response", "return", fields, List.of());
    }

    /** Reads an answer; a refusal becomes an exchange answer with a null state and the reason as observations. */
    public static ExchangeAnswer answer(Request response) {
        if (!OK.equals(response.field("vcodres"))) {
            return new ExchangeAnswer(response.field("vcuo"), null, null,
                    response.field("vcodres") + " " + response.field("vdesres"));
        }
        String state = response.field("cflgest");
        return new ExchangeAnswer(response.field("vcuo"), state == null ? null : state(state),
                response.field("vnumregstd"), response.field("vobs"));
    }

    /** A SOAP fault for a request that could not be read at all. */
    public static String fault(String reason) {
        Document document = newDocument();
        Element envelope = document.createElementNS(ENVELOPE_NAMESPACE, "soap:Envelope");
        document.appendChild(envelope);
        Element body = child(envelope, ENVELOPE_NAMESPACE, "soap:Body");
        Element fault = child(body, ENVELOPE_NAMESPACE, "soap:Fault");
        child(fault, null, "faultcode").setTextContent("soap:Client");
        child(fault, null, "faultstring").setTextContent(reason);
        return write(document);
    }

    /** Reads the operation in a SOAP envelope's body. */
    public static Request read(byte[] xml) {
        Document document;
        try {
            document = parser().parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw new MalformedMessageException("the message is not well-formed XML: " + e.getMessage());
        }
        Element envelope = document.getDocumentElement();
        if (!"Envelope".equals(envelope.getLocalName()) || !ENVELOPE_NAMESPACE.equals(envelope.getNamespaceURI())) {
            throw new MalformedMessageException("the message is not a SOAP 1.1 envelope");
        }
        Element body = firstChild(envelope, "Body");
        Element operation = body == null ? null : firstElement(body);
        if (operation == null) {
            throw new MalformedMessageException("the SOAP body is empty");
        }
        Element holder = firstElement(operation);
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> annexes = new ArrayList<>();
        if (holder != null) {
            for (Node node = holder.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element field) {
                    if ("lstanexos".equals(field.getLocalName())) {
                        NodeList names = field.getElementsByTagNameNS("*", "vnomdoc");
                        for (int i = 0; i < names.getLength(); i++) {
                            annexes.add(names.item(i).getTextContent().strip());
                        }
                    } else {
                        fields.putIfAbsent(field.getLocalName(), field.getTextContent());
                    }
                }
            }
        }
        return new Request(operation.getLocalName(), fields, annexes);
    }

    private static String envelope(String operation, String holderName, Map<String, String> fields,
                                   List<String> annexes) {
        Document document = newDocument();
        Element envelope = document.createElementNS(ENVELOPE_NAMESPACE, "soap:Envelope");
        envelope.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:ws", NAMESPACE);
        document.appendChild(envelope);
        Element body = child(envelope, ENVELOPE_NAMESPACE, "soap:Body");
        Element holder = child(child(body, NAMESPACE, "ws:" + operation), null, holderName);
        fields.forEach((name, value) -> {
            if (value != null) {
                child(holder, null, name).setTextContent(value);
            }
        });
        if (!annexes.isEmpty()) {
            Element list = child(holder, null, "lstanexos");
            annexes.forEach(name -> child(child(list, null, "anexo"), null, "vnomdoc").setTextContent(name));
        }
        return write(document);
    }

    private static Element child(Element parent, String namespace, String name) {
        Element element = parent.getOwnerDocument().createElementNS(namespace, name);
        parent.appendChild(element);
        return element;
    }

    private static Element firstChild(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    private static Element firstElement(Element parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        return null;
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Document newDocument() {
        return parser().newDocument();
    }

    private static String write(Document document) {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] base64(String value, String field) {
        try {
            return Base64.getMimeDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new MalformedMessageException("the field " + field + " is not base64");
        }
    }

    private static int number(String value, String field) {
        if (value == null) {
            return 0;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new MalformedMessageException("the field " + field + " is not a number");
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new MalformedMessageException("the field dfecdoc is not a date");
        }
    }

    private static Instant instant(String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new MalformedMessageException("the field dfecregstd is not an instant");
        }
    }

    private static ExchangeState state(String code) {
        try {
            return ExchangeState.ofCode(code);
        } catch (IllegalArgumentException e) {
            throw new MalformedMessageException("the field cflgest is not P, R or O");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
