package nl.erkenningsportaal.notification;

import java.util.List;

/** A local SMTP server that keeps what it received (the embedded one of local runs); never in production. */
interface MailCatcher {

    /** What arrived, newest first. */
    List<ReceivedMail> received();
}
