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
	cli/cmd_sources.c \
	cli/cmd_fetch.c \
	cli/cmd_run.c
