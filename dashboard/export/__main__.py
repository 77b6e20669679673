"""`python -m dashboard.export`: write every chart for a filter in one go."""

from dashboard.export.cli import main

raise SystemExit(main())
