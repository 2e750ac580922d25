package app.docsbridge.devhost.wiring;

import app.docsbridge.devhost.probe.AdminProbeServlet;
import app.docsbridge.devhost.probe.AnonymousProbeServlet;
import app.docsbridge.devhost.probe.MethodAccessProbeServlet;
import app.docsbridge.devhost.probe.UnannotatedProbeServlet;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ServletAccessTest {

    @Test
    void noAnnotationMeansLicensedUsersOnly() {
        assertEquals(ServletAccess.LICENSED, ServletAccess.of(UnannotatedProbeServlet.class, "GET"));
    }

    @Test
    void classAnnotationAppliesToEveryMethod() {
        assertEquals(ServletAccess.ANONYMOUS, ServletAccess.of(AnonymousProbeServlet.class, "GET"));
        assertEquals(ServletAccess.ANONYMOUS, ServletAccess.of(AnonymousProbeServlet.class, "HEAD"));
        assertEquals(ServletAccess.ADMIN, ServletAccess.of(AdminProbeServlet.class, "GET"));
    }

    @Test
    void methodAnnotationAppliesToThatMethodOnly() {
        assertEquals(ServletAccess.UNRESTRICTED, ServletAccess.of(MethodAccessProbeServlet.class, "POST"));
        assertEquals(ServletAccess.LICENSED, ServletAccess.of(MethodAccessProbeServlet.class, "GET"));
    }
}
