"""`python -m dashboard.watch`: the news watch (the command is dashboard.data.watch_cli, the watch
itself dashboard.data.newswatch)."""
