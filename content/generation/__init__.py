"""Question generation: per section, candidate answers → builders → distractors → gates → ranking."""

GENERATOR_NAME = "dokkai-rules"
GENERATOR_VERSION = 1
