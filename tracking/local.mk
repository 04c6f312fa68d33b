# tracking/: cases, deadlines, reminders.
