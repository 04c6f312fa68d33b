# share/
# Bank holiday calendars, read by tracking/deadline.c; updatable in place.
holidaysdir = $(pkgdatadir)/holidays
dist_holidays_DATA = \
	share/holidays/england-and-wales.txt \
	share/holidays/northern-ireland.txt \
	share/holidays/scotland.txt
