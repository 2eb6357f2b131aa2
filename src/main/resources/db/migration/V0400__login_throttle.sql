-- Failed sign-ins, shared by every node (decision 0032). One row per throttle: the untrusted clients of one account,
-- one device cookie, one source address, one second factor, and the whole portal. The key is an HMAC of what it
-- counts (never a user name or address in plain text); a row holds only how many failures there were, when the last
-- one was and when the row is forgotten (deleted by LoginThrottleRetention after expires_at).
CREATE TABLE login_throttle (
    throttle_key CHAR(64)    NOT NULL PRIMARY KEY,
    kind         VARCHAR(16) NOT NULL,
    failures     INT         NOT NULL,
    last_failure DATETIME(3) NOT NULL,
    expires_at   DATETIME(3) NOT NULL,
    INDEX login_throttle_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
