from kamdesk.launch import main

raise SystemExit(main())
