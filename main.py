"""Start the Briefing Pack Assembler desktop app."""

if __name__ == "__main__":  # a build's child process imports this file too; it must not start
    from ui.app import main

    raise SystemExit(main())
