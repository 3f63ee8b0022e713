package pe.ceropapel.infra.backup;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

/**
 * {@value #OPTION}{@code =<dir>}: restores a backup, and nothing else runs meanwhile. The backup is
 * verified first; then a context of its own ({@link RestoreConfiguration}: the database, the object
 * store and the signature settings, no event processor, scheduler, web server or first-start work)
 * checks the target ({@link RestoreTarget}), and {@link Restoration} loads the backup. Exit status 0
 * when restored, 2 when refused (nothing was changed), 1 when it failed.
 */
public final class RestoreCommand {

    public static final String OPTION = "--restore";
    static final int REFUSED = 2;
    private static final Logger log = LoggerFactory.getLogger(RestoreCommand.class);

    private RestoreCommand() {
    }

    /** Whether the arguments ask for a restore (after which the application exits). */
    public static boolean isRequested(String[] arguments) {
        return Arrays.stream(arguments).anyMatch(a -> a.startsWith(OPTION + "="));
    }

    /** Restores the backup that the arguments name into the installation they configure; answers the exit status. */
    public static int run(String... arguments) {
        Path backup = Path.of(Arrays.stream(arguments).filter(a -> a.startsWith(OPTION + "=")).findFirst()
                .orElseThrow().substring(OPTION.length() + 1));
        List<String> problems = BackupVerification.problemsIn(backup);
        if (!problems.isEmpty()) {
            log.error("Refusing to restore the backup in {}, which is damaged: {}", backup, String.join("; ", problems));
            return REFUSED;
        }
        RestoreTarget target = new RestoreTarget(backup);
        SpringApplication application = new SpringApplication(RestoreConfiguration.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.addInitializers(target);
        try {
            application.run(arguments).close();
            return 0;
        } catch (RuntimeException e) {
            target.undo();
            return refused(e) ? REFUSED : 1;
        }
    }

    private static boolean refused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RestoreRefusedException) {
                return true;
            }
        }
        return false;
    }
}
