package app.docsbridge.devhost.wiring;

/** A module the dev host cannot wire, as the plugin framework could not either. */
public class WiringException extends RuntimeException {

    public WiringException(String message) {
        super(message);
    }

    public WiringException(String message, Throwable cause) {
        super(message, cause);
    }
}
