# cli/: the program: main, the command table, one file per command.
mentionwatch_SOURCES += \
	cli/main.c \
	cli/cmd.c cli/cmd.h \
	cli/cmd_analyze.c \
	cli/cmd_config.c \
	cli/cmd_crawl.c \
	cli/cmd_digest.c \
	cli/cmd_feed.c \
	cli/cmd_init.c \
	cli/cmd_mentions.c \
	cli/cmd_roster.c \
	cli/cmd_sources.c \
	cli/cmd_export.c \
	cli/cmd_verify.c \
	cli/cmd_recapture.c \
	cli/cmd_fetch.c \
	cli/cmd_run.c
mentionwatch_SOURCES += \
	cli/cmd_case.c \
	cli/cmd_cases.c \
	cli/cmd_notify.c \
	cli/cmd_status.c
