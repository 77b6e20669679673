"""`python -m dashboard.build`: the public entry point of the build (kept for scripts and users).

The build itself lives in the data layer: `dashboard.data.build`.
"""

from dashboard.data.build import build_dataset, main, write_tables  # noqa: F401  (re-exported)

if __name__ == "__main__":
    raise SystemExit(main())
