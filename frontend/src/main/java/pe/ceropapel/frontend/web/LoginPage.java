package pe.ceropapel.frontend.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import pe.ceropapel.frontend.security.IdentityProviders;

/**
 * The sign-in page: a password form that Spring Security handles, or, when the entity's identity
 * providers are configured, a way to each of them.
 */
@Controller
class LoginPage {

    private final IdentityProviders identityProviders;

    LoginPage(IdentityProviders identityProviders) {
        this.identityProviders = identityProviders;
    }

    @GetMapping("/ingresar")
    String login(Model model) {
        model.addAttribute("providers", identityProviders.all());
        return "login";
    }
}
