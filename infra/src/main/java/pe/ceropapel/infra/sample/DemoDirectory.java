package pe.ceropapel.infra.sample;

import java.util.List;
import java.util.Set;
import pe.ceropapel.api.directory.PersonRole;

/** The offices and people of the demo entity, INACAL (names of people are fictitious). */
final class DemoDirectory {

    /** An office; {@code head} is the username of its head, or null. */
    record DemoOffice(String code, String name, String parentCode, String head) {
    }

    /** A person; every demo person has the password {@code demo}. */
    record DemoPerson(String username, String fullName, String dni, String officeCode, Set<PersonRole> roles) {
    }

    static final List<DemoOffice> OFFICES = List.of(
            new DemoOffice("INACAL/PE", "Presidencia Ejecutiva", null, "ecastro"),
            new DemoOffice("INACAL/GG", "Gerencia General", "INACAL/PE", null),
            new DemoOffice("INACAL/DM", "Dirección de Metrología", "INACAL/GG", "jperez"),
            new DemoOffice("INACAL/DN", "Dirección de Normalización", "INACAL/GG", "lrojas"),
            new DemoOffice("INACAL/DA", "Dirección de Acreditación", "INACAL/GG", "rhuaman"),
            new DemoOffice("INACAL/OAJ", "Oficina de Asesoría Jurídica", "INACAL/GG", "gsalas"),
            new DemoOffice("INACAL/OPP", "Oficina de Planeamiento y Presupuesto", "INACAL/GG", "aflores"));

    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("admin", "Administrador del Sistema", "10000000", "INACAL/GG", Set.of(PersonRole.ADMIN)),
            new DemoPerson("cmesa", "Carmen Mesa Paredes", "10000001", "INACAL/GG", Set.of(PersonRole.CLERK)),
            new DemoPerson("ecastro", "Eduardo Castro Villanueva", "10000002", "INACAL/PE", Set.of(PersonRole.HEAD)),
            new DemoPerson("jperez", "Jorge Pérez Salazar", "10000003", "INACAL/DM", Set.of(PersonRole.HEAD)),
            new DemoPerson("mquispe", "María Quispe Mamani", "10000004", "INACAL/DM", Set.of()),
            new DemoPerson("lrojas", "Lucía Rojas Torres", "10000005", "INACAL/DN", Set.of(PersonRole.HEAD)),
            new DemoPerson("rhuaman", "Raúl Huamán Condori", "10000006", "INACAL/DA", Set.of(PersonRole.HEAD)),
            new DemoPerson("gsalas", "Gabriela Salas Ríos", "10000007", "INACAL/OAJ", Set.of(PersonRole.HEAD)),
            new DemoPerson("aflores", "Andrés Flores Núñez", "10000008", "INACAL/OPP", Set.of(PersonRole.HEAD)));

    private DemoDirectory() {
    }
}
