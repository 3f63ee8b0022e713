package pe.ceropapel.frontend.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Dates and times as people in Peru read them, in Lima's time zone; used by the pages as {@code @fechas}. */
@Component("fechas")
public class LimaDates {

    private static final ZoneId LIMA = ZoneId.of("America/Lima");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(LIMA);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** The day of an instant in Lima, e.g. {@code 17/05/2021}. */
    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(LIMA));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public LocalDate today() {
        return LocalDate.now(LIMA);
    }
}
