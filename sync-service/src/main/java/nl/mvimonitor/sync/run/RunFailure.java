package nl.mvimonitor.sync.run;

/** Stops a run for a reason an operator can fix; the message is Dutch and says what to do. */
public class RunFailure extends RuntimeException {

    public RunFailure(String messageNl, Throwable cause) {
        super(messageNl, cause);
    }
}
