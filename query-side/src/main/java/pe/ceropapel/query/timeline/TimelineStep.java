package pe.ceropapel.query.timeline;

/** One step of a document's or case file's life as the {@code timeline} index holds it. */
final class TimelineStep {

    public String caseFileId;
    public String documentId;
    public String at;
    /** The event's position in the event store: orders steps that happened in the same instant. */
    public long position;
    public String action;
    /** Where the step happened: the origin office, or the office a derivation went to. */
    public String office;
    /** The person a derivation went to, when it went to a person. */
    public String recipient;
    public String actor;
    public String comment;
}
