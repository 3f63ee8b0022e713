package pe.ceropapel.query.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Deep copies of read-model entries, through their JSON form (the form the index stores). */
final class Copies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Copies() {
    }

    static <T> T of(Object entry, Class<T> type) {
        return JSON.convertValue(entry, type);
    }
}
