package pe.ceropapel.api.document;

/** Kinds of official documents a public office issues. */
public enum DocumentType {
    NOTA,
    INFORME,
    MEMORANDO,
    MEMORANDO_MULTIPLE,
    OFICIO,
    CARTA,
    RESOLUCION,
    SOLICITUD,
    CARGO
}
