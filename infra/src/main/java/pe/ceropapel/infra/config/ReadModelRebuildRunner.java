package pe.ceropapel.infra.config;

import java.time.Duration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.readmodel.FindRebuildStatusQuery;
import pe.ceropapel.api.readmodel.RebuildReadModelsCommand;
import pe.ceropapel.api.readmodel.RebuildStatus;

/**
 * The command-line entry point of a rebuild: started with {@value #OPTION}, the application rebuilds
 * the read models before it reports itself started (progress in the log); {@code main} then exits
 * with status 0 when the rebuild is done, 1 when it failed.
 */
@Component
public class ReadModelRebuildRunner implements ApplicationRunner, ExitCodeGenerator {

    public static final String OPTION = "--rebuild-read-models";
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuildRunner.class);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private int exitCode;

    ReadModelRebuildRunner(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Override
    public void run(ApplicationArguments arguments) throws InterruptedException {
        if (!arguments.containsOption(OPTION.substring(2))) {
            return;
        }
        RebuildStatus status = commands.sendAndWait(new RebuildReadModelsCommand());
        while (status.state() == RebuildStatus.State.REPLAYING || status.state() == RebuildStatus.State.SWITCHING) {
            Thread.sleep(POLL_INTERVAL.toMillis());
            status = queries.query(new FindRebuildStatusQuery(), ResponseTypes.optionalInstanceOf(RebuildStatus.class))
                    .join().orElseThrow();
        }
        log.info("Read-model rebuild finished: {} at event {}", status.state(), status.eventsDone());
        exitCode = status.state() == RebuildStatus.State.DONE ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
