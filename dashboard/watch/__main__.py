"""`python -m dashboard.watch run|list`: the news watch's command (dashboard.data.watch_cli)."""

from dashboard.data.watch_cli import main

raise SystemExit(main())
