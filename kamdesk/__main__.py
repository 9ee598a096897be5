from kamdesk.cli import main

raise SystemExit(main())
