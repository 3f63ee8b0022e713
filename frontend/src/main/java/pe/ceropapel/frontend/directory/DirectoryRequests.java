package pe.ceropapel.frontend.directory;

import static pe.ceropapel.frontend.InputFormats.OFFICE_CODE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import pe.ceropapel.api.directory.PersonRole;
import pe.ceropapel.frontend.PlainText;

/** Request bodies of the directory API, validated at the edge. */
final class DirectoryRequests {

    private DirectoryRequests() {
    }

    record NewOffice(@NotBlank @Pattern(regexp = OFFICE_CODE) String code,
                     @NotBlank @Size(max = 200) @PlainText String name,
                     @Pattern(regexp = OFFICE_CODE) String parentCode) {
    }

    record OfficeName(@NotBlank @Size(max = 200) @PlainText String name) {
    }

    record OfficeHead(@NotBlank @Size(max = 40) String username) {
    }

    record NewPerson(@NotBlank @Pattern(regexp = "[a-z][a-z0-9._-]{2,39}") String username,
                     @NotBlank @Size(max = 200) @PlainText String fullName,
                     @NotBlank @Pattern(regexp = "\\d{8}") String dni,
                     @NotBlank @Pattern(regexp = OFFICE_CODE) String officeCode,
                     @NotNull Set<PersonRole> roles) {
    }

    record Assignment(@NotBlank @Pattern(regexp = OFFICE_CODE) String officeCode,
                      @NotNull Set<PersonRole> roles) {
    }
}
