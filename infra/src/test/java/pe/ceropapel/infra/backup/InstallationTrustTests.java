package pe.ceropapel.infra.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whether a restore's target trusts what the backed-up installation's signatures rely on. */
class InstallationTrustTests {

    private static final Map<String, String> ROOT = Map.of("aa", "CN=Raíz");
    /** The seal's chain, in its order: the seal's own certificate first. */
    private static final Map<String, String> SEAL = new LinkedHashMap<>(Map.of("cc", "CN=Sello"));

    static {
        SEAL.put("aa", "CN=Raíz");
    }

    private final InstallationTrust backedUp = new InstallationTrust(ROOT, SEAL, null);

    @Test
    void shouldAcceptATargetThatTrustsTheSameRoots() {
        assertThat(new InstallationTrust(Map.of("aa", "CN=Raíz", "bb", "CN=Otra"), Map.of("dd", "CN=Sello nuevo"), null)
                .lacking(backedUp)).isEmpty();
    }

    @Test
    void shouldRefuseATargetThatLacksARootOrDoesNotTrustTheSeal() {
        assertThat(new InstallationTrust(Map.of("bb", "CN=Otra"), Map.of("dd", "CN=Otro sello"), null).lacking(backedUp))
                .hasSize(2).anySatisfy(reason -> assertThat(reason).contains("CN=Raíz", "aa"))
                .anySatisfy(reason -> assertThat(reason).contains("seal", "CN=Sello"));
    }

    @Test
    void shouldRefuseATargetWithoutTheBackedUpTrustedList() {
        InstallationTrust listed = new InstallationTrust(Map.of(), Map.of("cc", "CN=Sello"), "https://tsl.example/tl.xml");
        assertThat(new InstallationTrust(Map.of(), Map.of(), "https://tsl.example/tl.xml").lacking(listed)).isEmpty();
        assertThat(new InstallationTrust(Map.of(), Map.of(), null).lacking(listed)).hasSize(2);
    }
}
