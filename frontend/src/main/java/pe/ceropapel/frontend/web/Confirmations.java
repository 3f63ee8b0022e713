package pe.ceropapel.frontend.web;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A destructive action (archive, annul, deactivate) asks first, without JavaScript: the form's first
 * post answers a page that says what will happen, with a button that posts the same fields again,
 * confirmed, and a way back that changes nothing.
 */
@Component
class Confirmations {

    static final String CONFIRMED = "si";
    private static final String PAGE = "confirm";

    private final PageActions actions;

    Confirmations(PageActions actions) {
        this.actions = actions;
    }

    /** Whether the post is the confirmed one: {@code confirmado} is the field the confirmation page adds. */
    static boolean given(String confirmado) {
        return CONFIRMED.equals(confirmado);
    }

    /**
     * The confirmation page of action {@code key}: its texts are {@code ui.confirm.<key>.question},
     * {@code .consequence} and {@code .button}, the question with {@code arguments}.
     *
     * @param action where the confirmed form goes
     * @param back   where "Cancelar" leads
     * @param fields what the form had, sent again as they were
     */
    String ask(Model model, String key, String action, String back, Map<String, String> fields, Object... arguments) {
        model.addAttribute("question", actions.message("ui.confirm." + key + ".question", arguments));
        model.addAttribute("consequence", actions.message("ui.confirm." + key + ".consequence"));
        model.addAttribute("confirmLabel", actions.message("ui.confirm." + key + ".button"));
        model.addAttribute("action", action);
        model.addAttribute("back", back);
        model.addAttribute("fields", fields);
        return PAGE;
    }
}
