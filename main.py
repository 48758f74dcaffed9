"""Start the Briefing Pack Assembler desktop app."""

from ui.app import main

raise SystemExit(main())
