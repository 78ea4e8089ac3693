# Ladder's published sentences.

## The list of frameworks on a site that publishes several.
site-index-title = Career frameworks
site-index-lead = The career frameworks published on this site. Choose one to read its levels, compare them, find where you fit or assess yourself.
# One framework's card: "11 levels · 2 tracks · version 2025.1".
site-index-facts = { $levels ->
        [one] { $levels } level
       *[other] { $levels } levels
    } · { $tracks ->
        [one] { $tracks } track
       *[other] { $tracks } tracks
    } · version { $version }
