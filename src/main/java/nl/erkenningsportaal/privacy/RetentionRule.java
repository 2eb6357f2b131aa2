package nl.erkenningsportaal.privacy;

/**
 * One rule that erases personal data after a term. The module that owns the data declares it and a
 * {@link RetentionJob} of the same module carries it out; {@code PersonalDataRegisterTest} fails when no job
 * carries a declared rule out or no test proves it.
 *
 * <p>Texts: {@code privacy.rule.<id>.what} (what is erased) and {@code privacy.rule.<id>.when} (when, with the
 * term as {0}), in every language.
 *
 * @param id      a stable id, e.g. {@code outreach.visit.no-contact}
 * @param job     the {@link RetentionJob#name()} of the job that carries it out
 * @param purpose why the data was kept (shown in the privacy statement's table)
 * @param term    how long
 */
public record RetentionRule(String id, String job, Purpose purpose, Term term) {

    public String whatKey() {
        return "privacy.rule." + id + ".what";
    }

    public String whenKey() {
        return "privacy.rule." + id + ".when";
    }
}
