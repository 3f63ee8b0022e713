package pe.ceropapel.api.casefile;

import java.util.regex.Pattern;

/** How an applicant identifies: a person with a DNI (8 digits), a company with a RUC (11, from 10, 15, 17 or 20). */
public enum IdentityDocumentType {
    DNI("\\d{8}"),
    RUC("(10|15|17|20)\\d{9}");

    private final Pattern number;

    IdentityDocumentType(String number) {
        this.number = Pattern.compile(number);
    }

    /** Whether {@code identityNumber} is written as a number of this type is. */
    public boolean accepts(String identityNumber) {
        return identityNumber != null && number.matcher(identityNumber).matches();
    }
}
