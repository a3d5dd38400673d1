package dev.yoyak.article;

/** No usable backend is configured; the message names the settings that fix it. */
public class BackendNotConfiguredException extends BackendUnavailableException {

    public BackendNotConfiguredException(String message) {
        super(message, null);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
