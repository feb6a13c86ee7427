"""The frozen app's entry point: the same `coprod` command as the console script."""

from coprod_desktop.cli import main

raise SystemExit(main())
