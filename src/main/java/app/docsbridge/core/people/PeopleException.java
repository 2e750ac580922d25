package app.docsbridge.core.people;

/** Why a people search or a mention notification was refused. */
public class PeopleException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Anonymous visitors cannot search people or mention anyone. */
        LOGIN_REQUIRED,
        /** No such attachment, or not one the user may view (the two are not told apart). */
        NOT_FOUND
    }

    private final Reason reason;

    public PeopleException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
