package pe.ceropapel.bench;

import java.util.List;
import java.util.Random;

/**
 * Spanish administrative prose made of a fixed vocabulary, words drawn with a skewed (Zipf-like)
 * frequency as in real text: a few words are everywhere, most are rare.
 */
final class BenchText {

    static final List<String> WORDS = List.of(
            "informe", "calibración", "balanza", "laboratorio", "metrología", "norma", "técnica", "acreditación",
            "certificado", "patrón", "medición", "incertidumbre", "termómetro", "manómetro", "volumen", "masa",
            "temperatura", "presión", "longitud", "tiempo", "frecuencia", "ensayo", "inspección", "auditoría",
            "conformidad", "evaluación", "procedimiento", "resolución", "directoral", "oficio", "memorando", "solicitud",
            "expediente", "trámite", "plazo", "derivación", "atención", "dirección", "oficina", "gerencia",
            "presupuesto", "contrato", "servicio", "mantenimiento", "equipo", "instrumento", "verificación", "registro",
            "empresa", "ciudadano", "entidad", "pública", "privada", "nacional", "regional", "municipal", "ministerio",
            "instituto", "calidad", "sistema", "gestión", "documento", "firma", "digital", "archivo", "consulta",
            "respuesta", "observación", "subsanación", "aprobación", "revisión", "propuesta", "proyecto", "convenio",
            "capacitación", "personal", "recursos", "humanos", "logística", "adquisición", "bienes", "informática",
            "seguridad", "información", "transparencia", "acceso", "reclamo", "queja", "denuncia", "sanción",
            "fiscalización", "supervisión", "control", "interno", "riesgo", "mejora", "continua", "indicador",
            "meta", "objetivo", "estratégico", "operativo", "anual", "trimestral", "mensual", "reporte");

    private final Random random;

    BenchText(long seed) {
        random = new Random(seed);
    }

    String words(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(i % 12 == 0 ? ". " : " ");
            }
            text.append(word());
        }
        return text.append('.').toString();
    }

    /** Index {@code i} with probability proportional to 1 / (i + 1). */
    private String word() {
        double harmonic = Math.log(WORDS.size()) + 0.5772;
        double target = random.nextDouble() * harmonic;
        double sum = 0;
        for (int i = 0; i < WORDS.size(); i++) {
            sum += 1.0 / (i + 1);
            if (sum >= target) {
                return WORDS.get(i);
            }
        }
        return WORDS.get(WORDS.size() - 1);
    }
}
