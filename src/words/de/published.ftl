# Ladders veröffentlichte Sätze.

## The list of frameworks on a site that publishes several.
site-index-title = Karriererahmen
site-index-lead = Die auf dieser Website veröffentlichten Karriererahmen. Wähle einen aus, um seine Stufen zu lesen, sie zu vergleichen, deine Stufe zu finden oder dich selbst einzuschätzen.
# One framework's card: "11 Stufen · 2 Laufbahnen · Version 2025.1".
site-index-facts = { $levels ->
        [one] { $levels } Stufe
       *[other] { $levels } Stufen
    } · { $tracks ->
        [one] { $tracks } Laufbahn
       *[other] { $tracks } Laufbahnen
    } · Version { $version }

## The shell of every published page. ladder-pages.js reads the sentences it shows from the page.
pages-skip-to-content = Zum Inhalt springen
pages-address-too-long = Diese Adresse ist { $length } Zeichen lang, länger als jede Ladder-Adresse ({ $max }), und wurde deshalb nicht geöffnet. Vielleicht wurde sie verändert oder mit etwas anderem zusammengefügt; lass dir den Link noch einmal schicken.
pages-copy-refused = Dieser Browser hat das Kopieren nicht erlaubt; kopiere die Adresse aus der Adressleiste.

## "Copy link".
copy-link-button = Link kopieren
copy-link-done = Link in die Zwischenablage kopiert.
copy-link-refused = Dieser Browser hat das Kopieren nicht erlaubt; kopiere den Link unten.
copy-link-label = Link zu dieser Seite

## The banner and the footer.
header-all-frameworks = Alle Karriererahmen
header-nav = Hauptnavigation
header-levels = Stufen
header-compare = Vergleichen
header-promotion = Beförderung
header-find = Meine Stufe finden
header-assess = Selbsteinschätzung
footer-version = { $framework } · Version { $version } des Karriererahmens
footer-privacy = Ladder läuft vollständig in deinem Browser. Nichts, was du ansiehst oder eingibst, wird irgendwohin gesendet.

## The landing.
home-title = Karrierestufen
home-for-you = Was du hier tun kannst
home-joining-heading = Überlegst du, zu uns zu kommen?
home-joining = Öffne eine beliebige Stufe, um zu lesen, was sie in jeder Dimension der Arbeit erwartet, oder { $find }.
home-joining-find = finde die Stufe, die zu dir passt
home-planning-heading = Planst du deinen nächsten Schritt?
home-planning-timelines = { $assess } – ganz privat, gemessen an der nächsten Stufe: Du erhältst eine Lückenanalyse und einen Zeitplan mit Terminen, berechnet in diesem Tab. Oder { $compare }, um genau zu sehen, was sich ändert.
home-planning = { $assess } – ganz privat, gemessen an der nächsten Stufe: Du erhältst eine Lückenanalyse mit Hinweisen, woran du arbeiten kannst, berechnet in diesem Tab. Oder { $compare }, um genau zu sehen, was sich ändert.
home-planning-assess = Schätze dich selbst ein
home-planning-compare = vergleiche zwei Stufen
home-hiring-heading = Einstellen oder einstufen?
home-hiring = Jede Stufe und jeder Vergleich hat eine eigene Adresse: Füge sie in eine E-Mail ein, und sie öffnet genau diese Ansicht. { $level } mit einer Frage pro Dimension oder { $send }.
home-hiring-level = Bestimme die Stufe einer Kandidat:in
home-hiring-send = schicke einer Kandidat:in die Erwartungen an eine Rolle
home-promotion-heading = So funktioniert eine Beförderung

## A level as a card on its track's ladder.
level-card-switch-item = { $levels } ({ $track })
level-card-switch = Typischer Wechsel: { $switches }

## A level's page.
level-page-breadcrumb = Navigationspfad
level-page-levels = Stufen
level-page-tracks = { $count ->
        [one] Laufbahn
       *[other] Laufbahnen
    }
level-page-stage = Karrierephase
level-page-roles = Typische Rollen
attribute-focus = Schwerpunkt
level-page-what-changes-at = Was sich bei { $level } ändert
level-page-what-changed-from = Was sich gegenüber { $level } geändert hat
level-page-print = Diese Stufe drucken
expectations-by-dimension = Erwartungen nach Dimension
glance-heading = Auf einen Blick
attribute-table-caption = { $level } auf einen Blick
level-page-span = Verantwortungsbereich und Team
level-page-competencies = Auf jeder Stufe der Laufbahn { $track } erwartet
level-page-background = Typischer Werdegang
level-page-success = Woran man Erfolg erkennt
level-page-develop = Häufige Entwicklungsfelder
level-page-about = Über { $level }
level-page-most-senior = { $level } ist die höchste Stufe ihrer Laufbahn.
level-page-typical-time = Typische Zeit von { $from } bis { $to }: { $time } (nachzuweisen: { $demonstrating }).
level-page-switching = Von hier aus die Laufbahn wechseln
level-page-switch = { $level } ist ein typischer Ausgangspunkt für einen Wechsel in die Laufbahn { $track }: { $links }
level-page-switch-noted = { $level } ist ein typischer Ausgangspunkt für einen Wechsel in die Laufbahn { $track } ({ $note }): { $links }
level-page-switch-or = { $first } oder { $second }
level-page-compare-with = mit { $level } vergleichen
level-page-switch-guide = Voraussetzungen und Fragen, die du dir stellen solltest

## Two levels compared.
compare-page-title = { $from } im Vergleich mit { $to }
compare-heading = { $from } mit { $to } vergleichen
compare-unknown-in-link = Dieser Link nennt { $count ->
        [one] eine Stufe
       *[other] Stufen
    }, die { $framework } (Version { $version }) nicht hat: { $codes }. Stattdessen werden { $from } und { $to } gezeigt; wähle unten die Stufen, die du gemeint hast.
compare-unknown-code = „{ $code }“
compare-unknown-codes = „{ $first }“ und „{ $second }“
compare-swap-link = ⇄ Tauschen: { $from } im Vergleich mit { $to }
compare-from-label = Ausgangsstufe
compare-to-label = Zielstufe
compare-swap-label = Die beiden Stufen tauschen
compare-swap = ⇄ Tauschen
compare-form-submit = Diese Stufen vergleichen
compare-not-a-dimension = Keine Dimension der Laufbahn { $track }.
compare-what-changes = Was sich ändert
compare-same-level = Auf beiden Seiten dieselbe Stufe.
compare-levels-up = { $count ->
        [one] { $count } Stufe
       *[other] { $count } Stufen
    } höher in der Laufbahn { $track }.
compare-levels-down = { $count ->
        [one] { $count } Stufe
       *[other] { $count } Stufen
    } niedriger in der Laufbahn { $track }.
compare-other-track = Ein Wechsel von der Laufbahn { $from } in die Laufbahn { $to }.
compare-typical-time = Typische Zeit: { $time }.
compare-strategic-same = Der strategische Anteil der Arbeit bleibt gleich.
compare-strategic-shift = Strategischer Anteil der Arbeit: { $from } % → { $to } % ({ $change } { $count ->
        [one] Prozentpunkt
       *[other] Prozentpunkte
    }).
compare-attributes-differ = { $changed } von { $total } Merkmalen { $changed ->
        [one] unterscheidet
       *[other] unterscheiden
    } sich.
compare-attributes-region = Merkmale im Vergleich (seitlich scrollbar)
compare-attribute = Merkmal
compare-change = Änderung
compare-more-strategic = ↑ { $count ->
        [one] { $count } Prozentpunkt
       *[other] { $count } Prozentpunkte
    } strategischer
compare-less-strategic = ↓ { $count ->
        [one] { $count } Prozentpunkt
       *[other] { $count } Prozentpunkte
    } weniger strategisch

## How an attribute moved between two levels.
change-none = Keine Änderung
change-up = ↑ { $count ->
        [one] { $count } Schritt
       *[other] { $count } Schritte
    } höher
change-down = ↓ { $count ->
        [one] { $count } Schritt
       *[other] { $count } Schritte
    } niedriger
change-different = Ändert sich
change-one-sided = Nur auf einer Seite

## The promotion guide.
promotion-title = Beförderung und Laufbahnwechsel
promotion-track-moves = Karriereschritte in der Laufbahn { $track }
promotion-none = Dieser Karriererahmen beschreibt keinen Beförderungsprozess.
promotion-criteria = Beförderungskriterien
promotion-question = { $question } ({ $needs })
promotion-timelines = Typische Zeit zwischen den Stufen
promotion-timelines-lead = Wie lange man typischerweise auf einer Stufe bleibt, bevor man aufsteigt, und dabei dauerhaft auf dem Niveau der nächsten Stufe arbeitet. Außergewöhnliche Leistungen können diese Zeit verkürzen.
promotion-timelines-region = Typische Zeit zwischen den Stufen (seitlich scrollbar)
promotion-step = Schritt
promotion-typical-time = Typische Zeit
promotion-demonstrating = Nachzuweisen
promotion-process = Der Ablauf
promotion-evidence = Eine Beförderung begründen
promotion-switching = Laufbahnwechsel
promotion-switch-heading = Von { $from } zu { $to }
promotion-switch-path = Typischer Weg: { $from } → { $to }.
promotion-switch-path-noted = Typischer Weg: { $from } → { $to }, { $note }.
promotion-consider = Fragen, die du dir stellen solltest
promotion-requirements = Voraussetzungen
promotion-how-move-works = So läuft dieser Wechsel ab
promotion-pay = Vergütung und Einstufung
promotion-pay-components = Woraus sich die Vergütung zusammensetzt
promotion-pay-band = Was die Einordnung in ein Gehaltsband bestimmt

## Dead ends, and the app's way to a published page.
opening-page = Seite wird geöffnet …
not-found-title = Seite nicht gefunden
not-found-heading = Unter dieser Adresse gibt es keine Seite
not-found-lead = Der Link ist vielleicht falsch geschrieben oder veraltet. Unten sind alle Stufen des Karriererahmens aufgeführt.
not-found-back = Zurück zu allen Stufen
unknown-level-title = Keine Stufe { $code }
unknown-level-heading = Es gibt keine Stufe „{ $code }“
unknown-level-lead = { $framework } (Version { $version }) hat keine Stufe mit diesem Code. Vielleicht wurde sie in einer neueren Version des Karriererahmens umbenannt, oder der Link ist falsch geschrieben. Diese Stufen gibt es:

## An assessment that names levels the framework lacks.
levels-missing = Diese Selbsteinschätzung bezieht sich auf { $current } und { $target }, aber { $framework } (Version { $version }) hat nicht beide. Wähle deine Stufen neu, um weiterzumachen; deine Bewertungen bleiben erhalten.
levels-missing-restart = Stufen neu wählen
