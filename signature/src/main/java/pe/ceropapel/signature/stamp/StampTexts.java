package pe.ceropapel.signature.stamp;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The Spanish (es-PE) wording that goes into stamped PDFs, from the module's message bundle. */
public final class StampTexts {

    public static final Locale PERU = Locale.forLanguageTag("es-PE");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("pe.ceropapel.signature.stamps", PERU);

    private StampTexts() {
    }

    public static String text(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, PERU).format(arguments);
    }
}
