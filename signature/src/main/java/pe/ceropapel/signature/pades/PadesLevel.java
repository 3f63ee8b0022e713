package pe.ceropapel.signature.pades;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import java.util.Locale;

/** The PAdES baseline levels (ETSI EN 319 142-1): B, with a time-stamp (T), long-term (LT), archival (LTA). */
public enum PadesLevel {
    B(SignatureLevel.PAdES_BASELINE_B),
    T(SignatureLevel.PAdES_BASELINE_T),
    LT(SignatureLevel.PAdES_BASELINE_LT),
    LTA(SignatureLevel.PAdES_BASELINE_LTA);

    private final SignatureLevel dss;

    PadesLevel(SignatureLevel dss) {
        this.dss = dss;
    }

    SignatureLevel dss() {
        return dss;
    }

    /** Reads {@code B}, {@code B-T}, {@code PAdES-BASELINE-LT}, {@code lta}... */
    public static PadesLevel parse(String text) {
        String level = text.strip().toUpperCase(Locale.ROOT).replace("PADES-BASELINE-", "").replace("PADES_BASELINE_", "");
        return valueOf(level.startsWith("B-") ? level.substring(2) : level);
    }

    /** How people write it: {@code B-B}, {@code B-T}, {@code B-LT}, {@code B-LTA}. */
    public String label() {
        return "B-" + name();
    }
}
