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

## The shell of every published page. ladder-pages.js reads the sentences it shows from the page.
pages-skip-to-content = Skip to content
# An old address longer than any Ladder address; { $length } is put in by the page's script.
pages-address-too-long = This address is { $length } characters long, more than any Ladder address ({ $max }), so it was not opened. It may have been changed or joined to something else; ask for the link again.
pages-copy-refused = This browser did not allow copying; copy the address from the address bar.

## "Copy link".
copy-link-button = Copy link
copy-link-done = Link copied to the clipboard.
copy-link-refused = This browser did not allow copying; copy the link below.
copy-link-label = Link to this page

## The banner and the footer.
header-all-frameworks = All career frameworks
header-nav = Main
header-levels = Levels
header-compare = Compare
header-promotion = Promotion
header-find = Find my level
header-assess = Assess yourself
footer-version = { $framework } · framework version { $version }
footer-privacy = Ladder runs entirely in your browser. Nothing you look at or enter is sent anywhere.

## The landing.
home-title = Career levels
home-for-you = What you can do here
home-joining-heading = Thinking of joining?
# { $find } is a link reading home-joining-find.
home-joining = Open any level to read what it expects in each dimension of the work, or { $find }.
home-joining-find = find the level that fits you
home-planning-heading = Planning your next step?
# { $assess } and { $compare } are links reading home-planning-assess and home-planning-compare.
home-planning-timelines = { $assess } privately against the next level: a gap report and a dated timeline, computed in this tab. Or { $compare } to see exactly what changes.
home-planning = { $assess } privately against the next level: a gap report with what to work on, computed in this tab. Or { $compare } to see exactly what changes.
home-planning-assess = Assess yourself
home-planning-compare = compare two levels
home-hiring-heading = Hiring or levelling?
# { $level } and { $send } are links reading home-hiring-level and home-hiring-send.
home-hiring = Every level and every comparison has its own address: paste it into an email and it opens on that view. { $level } in one question per dimension, or { $send } to a candidate.
home-hiring-level = Level a candidate
home-hiring-send = send a role’s expectations
home-promotion-heading = How promotion works

## A level as a card on its track's ladder.
# One track switch: "IC05 or IC06 (Management)".
level-card-switch-item = { $levels } ({ $track })
# $switches: one or more level-card-switch-item, separated by semicolons.
level-card-switch = Typical switch: { $switches }

## A level's page.
level-page-breadcrumb = Breadcrumb
level-page-levels = Levels
level-page-tracks = { $count ->
        [one] Track
       *[other] Tracks
    }
level-page-stage = Career stage
level-page-roles = Typical roles
attribute-focus = Focus
level-page-what-changes-at = What changes at { $level }
level-page-what-changed-from = What changed from { $level }
level-page-print = Print this level
expectations-by-dimension = Expectations by dimension
glance-heading = At a glance
attribute-table-caption = { $level } at a glance
level-page-span = Span and team
level-page-competencies = Expected at every { $track } level
level-page-background = Typical background
level-page-success = Signs of success
level-page-develop = Common development areas
level-page-about = About { $level }
level-page-most-senior = { $level } is the most senior level of its track.
level-page-typical-time = Typical time from { $from } to { $to }: { $time }, demonstrating { $demonstrating }.
level-page-switching = Switching track from here
# $links: the level-page-compare-with links, joined by level-page-switch-or.
level-page-switch = { $level } is a typical starting point for a move to the { $track } track: { $links }
level-page-switch-noted = { $level } is a typical starting point for a move to the { $track } track ({ $note }): { $links }
level-page-switch-or = { $first } or { $second }
level-page-compare-with = compare with { $level }
level-page-switch-guide = Requirements and questions to ask yourself

## Two levels compared.
compare-page-title = { $from } compared with { $to }
# $from and $to are the levels' codes, shown as badges.
compare-heading = Compare { $from } with { $to }
# $codes: compare-unknown-code or compare-unknown-codes; $count: how many levels the link names that do not exist.
compare-unknown-in-link = This link names { $count ->
        [one] a level
       *[other] levels
    } that { $framework } (version { $version }) does not have: { $codes }. Showing { $from } and { $to } instead; pick the levels you meant below.
compare-unknown-code = “{ $code }”
compare-unknown-codes = “{ $first }” and “{ $second }”
compare-swap-link = ⇄ Swap: { $from } compared with { $to }
compare-from-label = From level
compare-to-label = To level
compare-swap-label = Swap the two levels
compare-swap = ⇄ Swap
compare-form-submit = Compare these levels
compare-not-a-dimension = Not a dimension of the { $track } track.
compare-what-changes = What changes
compare-same-level = The same level on both sides.
compare-levels-up = { $count ->
        [one] { $count } level
       *[other] { $count } levels
    } up the { $track } track.
compare-levels-down = { $count ->
        [one] { $count } level
       *[other] { $count } levels
    } down the { $track } track.
compare-other-track = A move from the { $from } track to the { $to } track.
compare-typical-time = Typical time: { $time }.
compare-strategic-same = Strategic share of the work stays the same.
# $change: the signed difference ("+10", "-5"); $count: its size, for the plural.
compare-strategic-shift = Strategic share of the work: { $from }% → { $to }% ({ $change } { $count ->
        [one] point
       *[other] points
    }).
compare-attributes-differ = { $changed } of { $total } attributes differ.
compare-attributes-region = Attributes compared (scrolls sideways)
compare-attribute = Attribute
compare-change = Change
compare-more-strategic = ↑ { $count ->
        [one] { $count } point
       *[other] { $count } points
    } more strategic
compare-less-strategic = ↓ { $count ->
        [one] { $count } point
       *[other] { $count } points
    } less strategic

## How an attribute moved between two levels.
change-none = No change
change-up = ↑ { $count ->
        [one] { $count } step
       *[other] { $count } steps
    } up
change-down = ↓ { $count ->
        [one] { $count } step
       *[other] { $count } steps
    } down
change-different = Changes
change-one-sided = Only on one side

## The promotion guide.
promotion-title = Promotion and switching tracks
promotion-track-moves = Moves on the { $track } track
promotion-none = This framework does not describe a promotion process.
promotion-criteria = Promotion criteria
# A criterion's question and what answer it needs.
promotion-question = { $question } ({ $needs })
promotion-timelines = Typical time between levels
promotion-timelines-lead = How long people typically spend before moving up, while showing sustained work at the next level. Exceptional work can shorten it.
promotion-timelines-region = Typical time between levels (scrolls sideways)
promotion-step = Step
promotion-typical-time = Typical time
promotion-demonstrating = Demonstrating
promotion-process = The process
promotion-evidence = Building a promotion case
promotion-switching = Switching tracks
promotion-switch-heading = { $from } to { $to }
promotion-switch-path = Typical path: { $from } → { $to }.
promotion-switch-path-noted = Typical path: { $from } → { $to }, { $note }.
promotion-consider = Questions to ask yourself
promotion-requirements = Requirements
promotion-how-move-works = How this move works
promotion-pay = Pay and levelling
promotion-pay-components = What pay is made of
promotion-pay-band = What places someone in a band

## Dead ends, and the app's way to a published page.
opening-page = Opening the page…
not-found-title = Page not found
not-found-heading = There is no page at this address
not-found-lead = The link may be mistyped or out of date. Every level of the framework is listed below.
not-found-back = Back to all levels
unknown-level-title = No level { $code }
unknown-level-heading = There is no level “{ $code }”
unknown-level-lead = { $framework } (version { $version }) has no level with that code. It may have been renamed in a newer version of the framework, or the link may be mistyped. These are its levels:

## An assessment that names levels the framework lacks.
levels-missing = This assessment refers to { $current } and { $target }, and { $framework } (version { $version }) does not have both. Choose your levels again to go on; your ratings are kept.
levels-missing-restart = Choose levels again
