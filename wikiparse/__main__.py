"""``python -m wikiparse`` runs the command line."""

from wikiparse.cli.app import main

raise SystemExit(main())
