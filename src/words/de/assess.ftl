# Ladder's assess sentences.
