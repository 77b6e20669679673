"""`python -m dashboard.intake`: the article intake's command (dashboard.data.intake_cli)."""

from dashboard.data.intake_cli import main

raise SystemExit(main())
