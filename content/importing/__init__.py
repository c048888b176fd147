"""Turning a user's file or pasted text into an article with sections and sentences."""
