from backoffice.cli import main

raise SystemExit(main())
