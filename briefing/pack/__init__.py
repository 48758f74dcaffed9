"""Pack assembly: a meeting and a pack definition become one pack document."""
