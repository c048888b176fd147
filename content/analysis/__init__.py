"""Japanese analysis: tokens, readings, furigana, answer spans and glosses."""
