package app.docsbridge.devhost.api;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;

/** {@code POST /devhost/api/reset}: back to the start state (seed files, env settings, no faults, space private). */
public final class ResetApi extends HttpServlet {

    /** What a reset does; the dev host supplies it. */
    @FunctionalInterface
    public interface Reset {
        void run() throws IOException;
    }

    private final Reset reset;

    public ResetApi(Reset reset) {
        this.reset = reset;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        reset.run();
        JsonIo.write(resp, Map.of("reset", true));
    }
}
