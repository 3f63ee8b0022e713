package pe.ceropapel.infra.backup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a refused restore as a sentence with what to do, instead of a stack trace. */
class RestoreRefusalReport extends AbstractFailureAnalyzer<RestoreRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RestoreRefusedException cause) {
        return new FailureAnalysis("The restore was refused: " + cause.getMessage() + ".",
                "Restore into a new or empty data directory, or an empty database and bucket, configured to trust "
                        + "what the backed-up installation trusted.", cause);
    }
}
