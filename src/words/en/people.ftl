# Ladder's people sentences.
