-- Reminders before a recognition ends are claimed per recognition and end date since V0530
-- (job 'recognition-expiry-reminder', period '<request id>/<yyyymmdd>', see recognition.ExpiryReminders). Before it,
-- the daily job ('recognition-expiry', period = the day) reminded exactly the recognitions ending 30 days after
-- that day and left no claim per recognition. Without this migration the first run of the new rule would remind
-- every recognition ending in the next 30 days, also those the old rule reminded already.
-- A recognition counts as reminded when the old daily job ran on its end date minus 30 days, on or before the day
-- the new rule was installed (later runs are the new rule's own, which claims what it reminds).
INSERT IGNORE INTO job_run (job, period, claimed_at)
SELECT 'recognition-expiry-reminder', CONCAT(r.id, '/', DATE_FORMAT(r.valid_until, '%Y%m%d')), j.claimed_at
FROM recognition_request r
JOIN job_run j ON j.job = 'recognition-expiry'
    AND j.period = DATE_FORMAT(DATE_SUB(r.valid_until, INTERVAL 30 DAY), '%Y-%m-%d')
WHERE r.status = 'RECOGNISED'
  AND r.valid_until IS NOT NULL
  AND STR_TO_DATE(j.period, '%Y-%m-%d') <= COALESCE(
      (SELECT DATE(MIN(h.installed_on)) FROM flyway_schema_history h WHERE h.script LIKE 'V0530\_\_%'),
      CURRENT_DATE);
