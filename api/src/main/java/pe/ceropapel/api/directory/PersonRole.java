package pe.ceropapel.api.directory;

/** What a person may do: every person is an EMPLOYEE; a HEAD signs for an office; a CLERK runs the mesa de partes. */
public enum PersonRole {
    EMPLOYEE,
    HEAD,
    CLERK,
    ADMIN
}
