package pe.ceropapel.frontend.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;
import pe.ceropapel.api.directory.FindPeopleQuery;
import pe.ceropapel.api.directory.PersonRole;
import pe.ceropapel.api.directory.PersonView;

/**
 * People as the pages name them, used as {@code @personas}: by name and position, never by
 * username. The directory is read once per request, at its first use.
 */
@Component("personas")
@RequestScope
public class PeopleNames {

    /** The role that says most about a person's position, first. */
    private static final List<PersonRole> POSITIONS = List.of(PersonRole.HEAD, PersonRole.CLERK, PersonRole.ADMIN,
            PersonRole.EMPLOYEE);
    private static final Locale SPANISH = Locale.forLanguageTag("es-PE");

    private final QueryGateway queries;
    private final MessageSource messages;
    private Map<String, PersonView> people;

    PeopleNames(QueryGateway queries, MessageSource messages) {
        this.queries = queries;
        this.messages = messages;
    }

    /** The person's full name; a username the directory does not know, as it is. */
    public String name(String username) {
        PersonView person = person(username);
        return person == null ? username : person.fullName();
    }

    /** The person's full name with their position and office, such as "Jorge Pérez (Jefe, INACAL/DM)". */
    public String withPosition(String username) {
        PersonView person = person(username);
        if (person == null) {
            return username;
        }
        PersonRole position = POSITIONS.stream().filter(person.roles()::contains).findFirst()
                .orElse(PersonRole.EMPLOYEE);
        return messages.getMessage("ui.person", new Object[] {person.fullName(),
                messages.getMessage("person.role." + position, null, SPANISH), person.officeCode()}, SPANISH);
    }

    /**
     * Who sent something: a person of the directory with their position; anyone else (the applicant of
     * a request from outside, another entity) as the sender's name and what identifies them.
     */
    public String sender(String from, String identification) {
        if (person(from) != null || identification == null || identification.isBlank()) {
            return withPosition(from);
        }
        return from + " · " + identification;
    }

    private PersonView person(String username) {
        if (username == null) {
            return null;
        }
        if (people == null) {
            people = queries.query(new FindPeopleQuery(null), ResponseTypes.multipleInstancesOf(PersonView.class))
                    .join().stream().collect(Collectors.toMap(PersonView::username, Function.identity(),
                            (first, second) -> first));
        }
        return people.get(username);
    }
}
