package pe.ceropapel.api.interop;

/** How a partner entity is reached. */
public enum Transport {
    /** Our REST/JSON interop API: another Cero Papel installation. */
    CERO_PAPEL,
    /** The SOAP service of the PIDE model (recepcionarTramite, cargoTramite, consultarTramite). */
    PIDE_SOAP
}
