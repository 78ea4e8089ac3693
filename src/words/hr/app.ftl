# Ladder's app sentences.
