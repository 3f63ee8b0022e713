package pe.ceropapel.infra.sample;

import java.util.List;
import pe.ceropapel.api.document.DocumentType;

/** A demo document: who wrote it in which office, its subject and its paragraphs. */
record SampleDocument(DocumentType type, String office, String author, String subject, List<String> paragraphs) {

    static final List<SampleDocument> ALL = List.of(
            new SampleDocument(DocumentType.INFORME, "INACAL/DM", "mquispe",
                    "Informe sobre la emisión de certificados de calibración de balanzas",
                    List.of("Se informa a la Dirección de Metrología el estado de los certificados de calibración "
                                    + "emitidos durante el tercer trimestre para balanzas de funcionamiento no automático.",
                            "Los laboratorios de masa atendieron 412 solicitudes; el plazo promedio de emisión fue "
                                    + "de seis días hábiles y se recomienda su firma digital para reducir tiempos.")),
            new SampleDocument(DocumentType.MEMORANDO, "INACAL/DN", "lrojas",
                    "Consulta pública del proyecto de Norma Técnica Peruana NTP 399.010",
                    List.of("Se remite el proyecto de Norma Técnica Peruana para su revisión por los comités "
                                    + "técnicos de normalización antes de la etapa de consulta pública.",
                            "Las observaciones deberán presentarse en un plazo de quince días calendario.")),
            new SampleDocument(DocumentType.OFICIO, "INACAL/DA", "rhuaman",
                    "Solicitud de acreditación de laboratorio de ensayo",
                    List.of("Se comunica la recepción de la solicitud de acreditación del laboratorio de ensayo "
                                    + "conforme a la NTP-ISO/IEC 17025, la cual pasa a la etapa de evaluación documentaria.",
                            "El expediente será asignado a un evaluador líder de la Dirección de Acreditación.")),
            new SampleDocument(DocumentType.RESOLUCION, "INACAL/PE", "ecastro",
                    "Resolución que aprueba el Plan de Gobierno Digital del INACAL",
                    List.of("Apruébase el Plan de Gobierno Digital del Instituto Nacional de Calidad, que integra "
                                    + "la gestión documental, el gobierno abierto y la seguridad de la información.",
                            "Encárguese a la Oficina de Tecnologías de la Información su implementación progresiva.")),
            new SampleDocument(DocumentType.NOTA, "INACAL/OPP", "aflores",
                    "Disponibilidad presupuestal para la modernización de la gestión documental",
                    List.of("Se confirma la disponibilidad presupuestal para implementar el sistema de gestión "
                                    + "documental electrónica con firma digital en todas las unidades orgánicas.")),
            new SampleDocument(DocumentType.INFORME, "INACAL/OAJ", "gsalas",
                    "Opinión legal sobre la validez de documentos con firma digital",
                    List.of("Conforme a la Ley de Firmas y Certificados Digitales, el documento firmado "
                                    + "digitalmente tiene la misma validez y eficacia jurídica que el firmado de manera manuscrita.",
                            "Se recomienda conservar las firmas con sellos de tiempo para su verificación a largo plazo.")));
}
