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
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.readmodel.FindRebuildStatusQuery;
import pe.ceropapel.api.readmodel.RebuildReadModelsCommand;
import pe.ceropapel.api.readmodel.RebuildStatus;

/**
 * The command-line entry point of a rebuild: {@code java -jar ceropapel-exec.jar --rebuild-read-models}
 * starts the application, rebuilds the read models (progress in the log), and exits with status 0
 * when done, 1 when the rebuild failed.
 */
@Component
class ReadModelRebuildRunner implements ApplicationRunner {

    static final String OPTION = "rebuild-read-models";
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuildRunner.class);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ConfigurableApplicationContext context;

    ReadModelRebuildRunner(CommandGateway commands, QueryGateway queries, ConfigurableApplicationContext context) {
        this.commands = commands;
        this.queries = queries;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) throws InterruptedException {
        if (!arguments.containsOption(OPTION)) {
            return;
        }
        RebuildStatus status = commands.sendAndWait(new RebuildReadModelsCommand());
        while (status.state() == RebuildStatus.State.REPLAYING || status.state() == RebuildStatus.State.SWITCHING) {
            Thread.sleep(POLL_INTERVAL.toMillis());
            status = queries.query(new FindRebuildStatusQuery(), ResponseTypes.optionalInstanceOf(RebuildStatus.class))
                    .join().orElseThrow();
        }
        RebuildStatus last = status;
        log.info("Rebuild finished: {} ({} events)", last.state(), last.eventsDone());
        ExitCodeGenerator exitCode = () -> last.state() == RebuildStatus.State.DONE ? 0 : 1;
        System.exit(SpringApplication.exit(context, exitCode));
    }
}
