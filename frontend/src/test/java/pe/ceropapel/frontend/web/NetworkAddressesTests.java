package pe.ceropapel.frontend.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetworkAddressesTests {

    @Test
    void shouldWriteIpv6InItsShortForm() {
        assertThat(NetworkAddresses.shortForm("0:0:0:0:0:0:0:1")).isEqualTo("::1");
        assertThat(NetworkAddresses.shortForm("2001:db8:0:0:1:0:0:1")).isEqualTo("2001:db8::1:0:0:1");
        assertThat(NetworkAddresses.shortForm("2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1:2:3:4:5:6");
    }
}
