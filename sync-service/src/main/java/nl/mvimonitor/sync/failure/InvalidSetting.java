package nl.mvimonitor.sync.failure;

/**
 * A setting whose value binds but cannot be used (a cron expression Quartz does not accept), thrown by the settings
 * record itself so that the start fails at once with the setting's full name and a Dutch reason, instead of later,
 * deep inside a bean, as an unexpected exception.
 */
public final class InvalidSetting extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String setting;
    private final String whyNl;

    /** @param whyNl what is wrong with the value, in Dutch, without the value itself */
    public InvalidSetting(String setting, String whyNl) {
        super("invalid value for " + setting);
        this.setting = setting;
        this.whyNl = whyNl;
    }

    public String setting() {
        return setting;
    }

    public String whyNl() {
        return whyNl;
    }
}
