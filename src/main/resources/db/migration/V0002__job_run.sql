-- Scheduled jobs run once across application nodes: the node that inserts the (job, period) row runs it.
CREATE TABLE job_run (
    job        VARCHAR(60) NOT NULL,
    period     VARCHAR(20) NOT NULL,
    claimed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (job, period)
) ENGINE = InnoDB;
