package nl.erkenningsportaal.privacy;

import java.util.Map;

/**
 * A module that holds personal data of a worker implements this, so the worker's export (GDPR art. 15 and 20) and
 * erasure (art. 17) reach every module without the privacy module knowing them.
 */
public interface PersonalDataContributor {

    /** A stable section name in the export, e.g. {@code "recognition"}. */
    String section();

    /** Everything this module holds about the account, as plain values (strings, numbers, lists, maps). */
    Map<String, Object> export(long accountId);

    /** Erases everything this module holds about the account, irreversibly; aggregate figures may stay. */
    void erase(long accountId);
}
