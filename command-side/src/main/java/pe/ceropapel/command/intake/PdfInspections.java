package pe.ceropapel.command.intake;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import pe.ceropapel.signature.pdf.PdfFacts;
import pe.ceropapel.signature.pdf.PdfRejectedException;

/**
 * Runs the parsing checks of uploaded PDFs beside the upload's transfer to object storage, on at most
 * two threads per core; when all are busy, the request's own thread runs its checks first, as it
 * would without them.
 */
final class PdfInspections implements AutoCloseable {

    private final AtomicInteger threads = new AtomicInteger();
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(0, 2 * Runtime.getRuntime().availableProcessors(),
            30, TimeUnit.SECONDS, new SynchronousQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "pdf-inspection-" + threads.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.CallerRunsPolicy());

    Future<PdfFacts> start(Callable<PdfFacts> inspection) {
        return executor.submit(inspection);
    }

    /** The facts, or the inspection's refusal or failure as it threw them. */
    static PdfFacts await(Future<PdfFacts> inspection) throws PdfRejectedException, IOException {
        try {
            return inspection.get();
        } catch (InterruptedException e) {
            inspection.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the PDF was being checked");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof PdfRejectedException rejection) {
                throw rejection;
            }
            if (cause instanceof RuntimeException failure) {
                throw failure;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("the PDF's checks failed", cause);
        }
    }

    /** Waits for the inspection, and fails as a read would when it refused or failed the PDF. */
    static void awaitPassed(Future<PdfFacts> inspection) throws IOException {
        try {
            await(inspection);
        } catch (PdfRejectedException | RuntimeException refused) {
            throw new IOException("the PDF's checks did not pass: " + refused.getMessage(), refused);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
