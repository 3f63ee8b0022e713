package pe.ceropapel.api.readmodel;

/**
 * A query could not be answered because the read models' store (Elasticsearch) cannot be reached;
 * commands keep working, and the read models catch up once it is back.
 */
public class ReadModelUnavailableException extends RuntimeException {

    public ReadModelUnavailableException(Throwable cause) {
        super("the read models cannot be reached: " + cause.getMessage(), cause);
    }
}
