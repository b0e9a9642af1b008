"""``python -m wikiparse`` runs the command line."""

from wikiparse.cli import main

raise SystemExit(main())
