package pe.ceropapel.frontend.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form it posts. */
@Controller
class LoginPage {

    @GetMapping("/ingresar")
    String login() {
        return "login";
    }
}
