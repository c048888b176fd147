"""Questions leaving Dokkai: Anki packages and Moodle XML (files other tools import)."""
