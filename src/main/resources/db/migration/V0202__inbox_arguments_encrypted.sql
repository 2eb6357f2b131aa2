-- An inbox message's arguments (a time, a GGD location, the GGD's own words to everyone booked on a cancelled
-- session) are now stored encrypted, which takes more room than the 2000 characters of plain JSON. Migration V0203 (a
-- Java migration in the notification module) encrypts the messages already stored.
ALTER TABLE inbox_message MODIFY arguments VARCHAR(4096) NOT NULL;
