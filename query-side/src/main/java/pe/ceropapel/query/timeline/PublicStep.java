package pe.ceropapel.query.timeline;

/**
 * One step of a case file that its citizen sees: when and where it happened, what was done, to
 * which document, and the state it left the case in.
 *
 * @param id the step's entry in the {@code timeline} index, so that it is recorded once
 */
record PublicStep(String id, String documentId, String at, long position, String action, String office,
                  String state) {
}
