-- A booking's place for the confirmation, reminder and calendar invitation is the location's name (up to 120
-- characters) and its address (up to 255) with ", " between: up to 377. At 200 a location whose name and address
-- were both long made the confirmation fail after the booking was committed (found by
-- HostileTextOnTheBookingPageUiTest), so the worker got no confirmation at all.
ALTER TABLE notification_booking MODIFY location VARCHAR(400) NOT NULL;
