package pe.ceropapel.command;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.test.utils.RecordingCommandBus;

/**
 * A command gateway for unit tests of workflows, on Axon's {@link RecordingCommandBus}: each command
 * type is answered as told (null otherwise), and what the workflow sent can be read back in order.
 */
public final class RecordingGateway {

    private final RecordingCommandBus bus = new RecordingCommandBus();
    private final Map<Class<?>, Function<Object, Object>> answers = new HashMap<>();
    private final CommandGateway gateway = DefaultCommandGateway.builder().commandBus(bus).build();

    public RecordingGateway() {
        bus.setCallbackBehavior((payload, metaData) -> {
            Function<Object, Object> answer = answers.get(payload.getClass());
            return answer == null ? null : answer.apply(payload);
        });
    }

    /** Answers every command of {@code type} with what {@code answer} makes of it, or what it throws. */
    @SuppressWarnings("unchecked")
    public <C> RecordingGateway answering(Class<C> type, Function<C, Object> answer) {
        answers.put(type, command -> answer.apply((C) command));
        return this;
    }

    public CommandGateway gateway() {
        return gateway;
    }

    /** The commands sent, in order. */
    public List<Object> sent() {
        return bus.getDispatchedCommands().stream().<Object>map(CommandMessage::getPayload).toList();
    }

    /** The classes of the commands sent, in order. */
    public List<Class<?>> sentTypes() {
        return sent().stream().<Class<?>>map(Object::getClass).toList();
    }
}
