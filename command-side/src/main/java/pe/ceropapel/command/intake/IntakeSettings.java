package pe.ceropapel.command.intake;

/**
 * The entity's intake.
 *
 * @param office the office whose mesa de partes receives what citizens and other entities send
 */
public record IntakeSettings(String office) {
}
