package pe.ceropapel.frontend.web;

import java.time.Duration;
import java.util.Locale;
import java.util.stream.Stream;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import pe.ceropapel.api.timeline.AwaitReadModelsQuery;
import pe.ceropapel.api.PlainTexts;
import pe.ceropapel.frontend.problem.ProblemMessages;

/**
 * How a page carries out what a person asked: it runs the action, waits (bounded) until the read
 * models show it, and tells on the next page what happened, or in Spanish why nothing did.
 */
@Component
class PageActions {

    private static final Duration READ_YOUR_WRITES = Duration.ofSeconds(5);
    private static final Locale SPANISH = Locale.forLanguageTag("es-PE");

    private final QueryGateway queries;
    private final MessageSource messages;
    private final ProblemMessages problems;

    PageActions(QueryGateway queries, MessageSource messages, ProblemMessages problems) {
        this.queries = queries;
        this.messages = messages;
        this.problems = problems;
    }

    /** A step that may fail for a reason the person should read. */
    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    /**
     * Runs the action unless a text that the person typed for it holds hidden characters.
     *
     * @param typedTexts the free texts of the form (reasons, comments, names), {@code null} when not given
     * @return whether the action was done
     */
    boolean perform(Action action, String doneMessageKey, RedirectAttributes flash, String... typedTexts) {
        if (!typedPlainly(typedTexts)) {
            flash.addFlashAttribute("error", message("PlainText"));
            return false;
        }
        try {
            action.run();
        } catch (Exception e) {
            flash.addFlashAttribute("error", problems.of(e));
            return false;
        }
        awaitReadModels();
        flash.addFlashAttribute("notice", message(doneMessageKey));
        return true;
    }

    /** Whether none of the texts that the person typed holds hidden characters ({@code null} when not given). */
    boolean typedPlainly(String... typedTexts) {
        return Stream.of(typedTexts).allMatch(text -> text == null || PlainTexts.isPlain(text));
    }

    /** Waits (bounded) until the read models show what was just done, so the next page shows it. */
    void awaitReadModels() {
        queries.query(new AwaitReadModelsQuery(READ_YOUR_WRITES), Boolean.class).join();
    }

    /**
     * Sends the browser to {@code location} through htmx (a full page load, not a swap), with
     * {@code notice} shown there as after a redirect.
     */
    void htmxRedirect(String location, String notice, HttpServletRequest request, HttpServletResponse response) {
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("notice", notice);
        RequestContextUtils.saveOutputFlashMap(location, request, response);
        response.setHeader("HX-Redirect", location);
    }

    String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, SPANISH);
    }
}
