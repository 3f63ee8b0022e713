package pe.ceropapel.api.casefile;

import java.util.regex.Pattern;

/**
 * The one rule for an applicant's e-mail address, checked by the form that asks for it and by the
 * case file that keeps it: a local part of at most 64 characters, an {@code @}, and a domain with a
 * dot and a top-level part of two or more characters; at most 200 characters in all, no spaces.
 */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 200;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private EmailAddresses() {
    }

    public static boolean isValid(String address) {
        return address != null && address.length() <= MAX_LENGTH && ADDRESS.matcher(address).matches();
    }
}
