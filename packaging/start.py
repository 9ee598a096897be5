"""The bundle's entry point: the `kamdesk` program, as the wheel's console script runs it."""

from kamdesk.launch import main

raise SystemExit(main())
