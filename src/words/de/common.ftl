# Sentences shared by every view: dates, counts and spans of time.
# Arguments are named; numbers choose plural forms by the language's CLDR rules.

## A day as pages write it: "22. März 2027". $month is 1 to 12.
date = { $day }. { $month ->
        [1] Januar
        [2] Februar
        [3] März
        [4] April
        [5] Mai
        [6] Juni
        [7] Juli
        [8] August
        [9] September
        [10] Oktober
        [11] November
       *[12] Dezember
    } { $year }
## A month of a year, as in "März 2027".
month-year = { $month ->
        [1] Januar
        [2] Februar
        [3] März
        [4] April
        [5] Mai
        [6] Juni
        [7] Juli
        [8] August
        [9] September
        [10] Oktober
        [11] November
       *[12] Dezember
    } { $year }
## A month named alone, as in a list of months.
month-name = { $month ->
        [1] Januar
        [2] Februar
        [3] März
        [4] April
        [5] Mai
        [6] Juni
        [7] Juli
        [8] August
        [9] September
        [10] Oktober
        [11] November
       *[12] Dezember
    }
months = { $count ->
        [one] { $count } Monat
       *[other] { $count } Monate
    }
## "24–36 Monate"
month-range = { $min }–{ $max } Monate
## "36+ Monate"
months-or-more = { $min }+ Monate
weeks = { $count ->
        [one] { $count } Woche
       *[other] { $count } Wochen
    }
week-range = { $min }–{ $max } Wochen
percent = { $value } %

## Lists and levels.
list-separator = {", "}
list-and = { $init } und { $last }
either-or = { $first } oder { $next }
level-label = { $code } { $title }
focus-operational = { $operational } % operativ
focus-both = { $operational } % operativ, { $strategic } % strategisch

## Ratings and statuses.
rating-not-yet = Noch nicht
rating-sometimes = Manchmal
rating-usually = Meistens
rating-consistently = Durchgängig
rating-not-sure = Nicht sicher
sent-by-link = Per Link geschickt: Das hat die Person eingegeben, die den Link geschickt hat. Wer einen solchen Link hat, kann seinen Inhalt ändern – lies es also als ihre eigene Darstellung, nicht als Beweis.
status-ready = Bereit
status-close = Fast bereit
status-gap = Lücke
status-incomplete = Unvollständig
status-word-ready = bereit
status-word-close = fast bereit
status-word-gap = Lücke
status-word-incomplete = unvollständig
readiness-ready = { $percent } % · bereit
readiness-close = { $percent } % · fast bereit
readiness-gap = { $percent } % · Lücke
readiness-incomplete = { $percent } % · unvollständig
readiness-not-answered = nicht beantwortet

## Suggestions and findings.
suggestion-shift = Verschiebe { $attribute }: { $from } → { $to }
suggestion-consistently = Strebe bei dieser Aussage „Durchgängig“ an: { $statement }
suggestion-usually = Strebe bei dieser Aussage „Meistens“ an: { $statement }
suggestion-develop = Weiterentwickeln: { $area }
finding-months-met = „{ $question }“ { $have } von { $need ->
        [one] { $need } Monat
       *[other] { $need } Monaten
    }.
finding-months-short = „{ $question }“ { $have } von { $need ->
        [one] { $need } Monat
       *[other] { $need } Monaten
    }; noch { $more ->
        [one] { $more } Monat
       *[other] { $more } Monate
    } nötig.
finding-count-met = „{ $question }“ { $have }, mindestens { $need } nötig.
finding-count-short = „{ $question }“ bisher { $have }; mindestens { $need } nötig.
finding-yes-done = Erledigt: „{ $question }“.
finding-yes-not-yet = Noch nicht: „{ $question }“.
judgement-verdict-ready = Das Gesamtergebnis dieser Selbsteinschätzung lautet: bereit.
judgement-verdict-not-ready = Das Gesamtergebnis dieser Selbsteinschätzung lautet: noch nicht bereit.
judgement-by-manager = Kläre diesen Punkt mit deiner Führungskraft.

## Why a date is what it is.
constraint-time-in-level = { $months ->
        [one] { $months } Monat
       *[other] { $months } Monate
    } auf der Stufe, erreicht am { $date }
constraint-question-met = { $criterion }: bereits genug Monate, Stand { $date }
constraint-question = noch { $months ->
        [one] { $months } Monat
       *[other] { $months } Monate
    } für { $criterion } → { $date }
months-rule-once-ready = { $criterion }: { $months ->
        [one] { $months } Monat
       *[other] { $months } Monate
    } ab heute, abzüglich der Monate, die du schon hast, sobald jede Dimension bereit ist; bis dahin wird erst ab dem Zeitpunkt gezählt, an dem die langsamste Dimension voraussichtlich bereit ist.
months-rule = { $criterion }: { $months ->
        [one] { $months } Monat
       *[other] { $months } Monate
    } ab heute, abzüglich der Monate, die du schon hast.

## How a dimension moved between snapshots.
movement = { $name }: { $from } → { $to }
movement-still = { $name }: weiterhin { $status }
movement-points = { $name }: { $from } → { $to }, { $points } { $count ->
        [one] Punkt
       *[other] Punkte
    }
movement-still-points = { $name }: weiterhin { $status }, { $points } { $count ->
        [one] Punkt
       *[other] Punkte
    }
still-to-answer-note = Diese Selbsteinschätzung wurde geteilt, bevor jede Dimension genug Antworten hatte, daher hat sie weder ein Gesamtergebnis noch Termine. Noch zu beantworten: { $dimensions }.

## What a restore left out, and what storage does not hold.
left-out-rating = die Bewertung der Aussage { $id }
left-out-note = die Notiz zur Dimension { $id }
left-out-criterion = die Antwort auf die Kriterienfrage { $id }
saved-notice-restored = Deine früheren Antworten in diesem Tab wurden wiederhergestellt.
saved-notice-restored-except = Deine früheren Antworten in diesem Tab wurden wiederhergestellt. { $count ->
        [one] Ausgenommen ist, was diese Version des Karriererahmens nicht mehr enthält
       *[other] Ausgenommen sind { $count } Einträge, die diese Version des Karriererahmens nicht mehr enthält
    }: { $items }.
saved-notice-unreadable-kept = Zuvor in diesem Tab gespeicherte Antworten konnten nicht wiederhergestellt werden: { $error }. Sie bleiben unverändert im Speicher dieses Tabs unter „{ $key }“, und du kannst sie herunterladen; du fängst von vorn an.
saved-notice-unreadable-in-place = Zuvor in diesem Tab gespeicherte Antworten konnten nicht wiederhergestellt werden: { $error }. Für eine Kopie ist kein Platz, daher bleiben sie, wo sie sind, und neue Antworten werden in diesem Tab erst wieder gespeichert, wenn du sie herunterlädst oder verwirfst.
changes-answers = { $count ->
        [one] { $count } Antwort
       *[other] { $count } Antworten
    }
changes-notes = { $count ->
        [one] { $count } Nachweisnotiz
       *[other] { $count } Nachweisnotizen
    }
changes-name = dein Name
changes-levels = deine Stufen und das Datum
changes-criteria = deine Antworten zu den Beförderungskriterien
changes-latest = deine letzte Änderung

## What another tab did.
news-took-other = Deine Antworten wurden in einem anderen Tab geändert; dieser Tab zeigt sie jetzt.
news-forgotten-elsewhere = Ein anderer Tab hat alle Antworten auf diesem Gerät vergessen, daher fängt auch dieser Tab von vorn an.
news-remembered-elsewhere = Ein anderer Tab hat „Auf diesem Gerät merken“ eingeschaltet: Dieser Tab zeigt jetzt die dort gemerkten Antworten.
news-remembered-elsewhere-ask = Ein anderer Tab hat „Auf diesem Gerät merken“ eingeschaltet. Die eigenen Antworten dieses Tabs bleiben hier, bis du entscheidest: die gemerkten Antworten hier anzeigen (die Antworten dieses Tabs werden dann ersetzt) oder die dieses Tabs behalten.
news-unremembered-elsewhere = Ein anderer Tab hat „Auf diesem Gerät merken“ ausgeschaltet: Dieser Tab speichert seine Antworten jetzt nur noch im Tab.
news-switch-on-failed = „Auf diesem Gerät merken“ konnte nicht eingeschaltet werden: Der Browser hat es abgelehnt, deine Antworten dort zu speichern (sein Speicher ist vermutlich voll). Es hat sich nichts geändert: Deine Antworten bleiben in diesem Tab.
news-switch-off-failed = „Auf diesem Gerät merken“ konnte nicht ausgeschaltet werden: Der Browser hat es abgelehnt, deine Antworten in diesem Tab zu speichern (sein Speicher ist vermutlich voll). Es hat sich nichts geändert: Deine Antworten bleiben auf diesem Gerät gemerkt.
news-odd-flag = Die Einstellung, die deine Antworten auf diesem Gerät merkt, enthielt etwas, das Ladder nicht kennt („{ $value }“), daher gilt sie als eingeschaltet und deine gemerkten Antworten werden angezeigt. Schalte „Auf diesem Gerät merken“ aus, um Antworten nur in diesem Tab zu behalten.

## Find my level, shared levels and the promotion guide.
placement-rule-lowest = Das Ergebnis ist die niedrigste gewählte Stufe, also die Stufe, die alle Dimensionen tragen; daneben steht die typische Stufe.
placement-rule-median = Das Ergebnis ist die mittlere der gewählten Stufen.
placement-rule-none = Das Ergebnis zeigt die für jede Dimension gewählte Stufe und die Spanne dieser Stufen; der Karriererahmen nennt keine Regel, die daraus eine einzige Stufe macht.
shared-level = { $level } gehört auch zur Laufbahn { $track }; diese Laufbahn zweigt danach ab.
shared-levels = { $first } bis { $last } gehören auch zur Laufbahn { $track }; diese Laufbahn zweigt nach { $last } ab.
promotion-guide-link-criteria = Kriterien
promotion-guide-link-timelines = typische Zeiträume
promotion-guide-link-process = wie Karriereschritte ablaufen
promotion-guide-link-switching = Laufbahnwechsel
promotion-guide-link-none = Wie man zwischen Stufen wechselt
needs-months = mindestens { $months ->
        [one] { $months } Monat
       *[other] { $months } Monate
    }
needs-months-once-ready = mindestens { $months ->
        [one] { $months } Monat
       *[other] { $months } Monate
    }, gezählt ab dem Zeitpunkt, an dem jede Dimension bereit ist
needs-count = mindestens { $count }
needs-yes = ja
move-start-nomination = Ein Karriereschritt beginnt mit einer Nominierung.
move-start-round = Über Karriereschritte wird in einer Beförderungsrunde entschieden.
move-start-application = Ein Karriereschritt beginnt mit einer Bewerbung und einem Gespräch.
# $after is a put-forward-* phrase, after "nach" (dative).
decision-time = Die Entscheidung fällt meist { $weeks } nach { $after }.
takes-effect-next-quarter = Ein Karriereschritt wird am ersten Tag des nächsten Quartals wirksam.
takes-effect-next-month = Ein Karriereschritt wird am ersten Tag des nächsten Monats wirksam.
takes-effect-immediately = Ein Karriereschritt wird am Tag der Entscheidung wirksam.
put-forward-nomination = der Nominierung
put-forward-round = der Beförderungsrunde, die den Fall behandelt
put-forward-application = der Bewerbung
put-forward-any = dem Vorschlag für den Karriereschritt
put-forward-label-nomination = Nominierung
put-forward-label-round = Beförderungsrunde
put-forward-label-application = Bewerbung
put-forward-label-any = Vorschlag
earliest-put-forward-nomination = Die früheste Nominierung
earliest-put-forward-application = Die früheste Bewerbung
earliest-put-forward-round = Die früheste Beförderungsrunde
earliest-put-forward-any = Der früheste Termin, zu dem ein Karriereschritt vorgeschlagen werden kann
how-a-move-starts-nomination = Ein Karriereschritt beginnt mit einer Nominierung: Sprich mit deiner Führungskraft darüber, deinen Fall einzubringen.
how-a-move-starts-round = Über Karriereschritte wird in einer Beförderungsrunde entschieden: Frag deine Führungskraft, wann die nächste ist und wie ein Fall dorthin gelangt.
how-a-move-starts-application = Ein Karriereschritt beginnt mit einer Bewerbung und einem Gespräch: Achte auf offene Stellen und bewirb dich, wenn eine frei wird.
effective-when-next-quarter = am ersten Tag des nächsten Quartals
effective-when-next-month = am ersten Tag des nächsten Monats
effective-when-immediately = am Tag der Entscheidung
effective-dates-both = Die Entscheidung fällt { $weeks } nach { $after } und wird { $when } wirksam.
effective-dates-no-effective = Die Entscheidung fällt { $weeks } nach { $after }; der Karriererahmen sagt nicht, wann sie wirksam wird, daher nennen die Termine den Zeitpunkt der Entscheidung.
effective-dates-no-decision = Der Karriererahmen sagt nicht, wie lange eine Entscheidung dauert, daher gehen die Termine davon aus, dass sie fällt, sobald der Karriereschritt vorgeschlagen werden kann; wirksam wird sie { $when }.
effective-dates-neither = Der Karriererahmen sagt weder, wie lange eine Entscheidung dauert, noch, wann sie wirksam wird, daher nennen die Termine den frühesten Zeitpunkt, zu dem ein Karriereschritt vorgeschlagen werden könnte.

## The verdict and its rule.
incomplete-rule-no-answer = ohne Antwort
incomplete-rule = mit weniger als { $count ->
        [one] { $count } Antwort
       *[other] { $count } Antworten
    } (hat eine Dimension weniger Aussagen, muss jede beantwortet sein)
verdict-heading-no-rule = Bereitschaft für { $level }
verdict-heading-every = Bereit für { $level } in jeder Dimension
verdict-heading-ready = Bereit für { $level }
verdict-heading-not-ready = Noch nicht bereit für { $level }
verdict-text-no-rule = { $ready } von { $total ->
        [one] { $total } Dimension
       *[other] { $total } Dimensionen
    } { $ready ->
        [one] ist
       *[other] sind
    } bereit. Dieser Karriererahmen gibt kein Gesamtergebnis vor: Jede Dimension unten zeigt, wie weit sie ist und woran du arbeiten kannst.
verdict-text-every-ready = Jede Dimension ist bereit. Sammle weiter Nachweise dafür, dass du auf dem Niveau der nächsten Stufe arbeitest.
verdict-text-every-held-back = { $count ->
        [one] Der Karriererahmen verlangt, dass jede Dimension bereit ist, daher hält eine Dimension die Beförderung auf, egal wie stark die anderen sind: { $dimensions }.
       *[other] Der Karriererahmen verlangt, dass jede Dimension bereit ist, daher halten { $count } Dimensionen die Beförderung auf, egal wie stark die anderen sind: { $dimensions }.
    }
verdict-text-at-least-ready = { $ready } von { $total ->
        [one] { $total } Dimension
       *[other] { $total } Dimensionen
    } { $ready ->
        [one] ist
       *[other] sind
    } bereit; der Karriererahmen verlangt mindestens { $need }.
verdict-text-at-least-not-ready = { $ready } von { $total ->
        [one] { $total } Dimension
       *[other] { $total } Dimensionen
    } { $ready ->
        [one] ist
       *[other] sind
    } bereit; der Karriererahmen verlangt mindestens { $need }. Noch nicht bereit: { $dimensions }.
verdict-text-share-ready = { $ready } von { $total ->
        [one] { $total } Dimension
       *[other] { $total } Dimensionen
    } { $ready ->
        [one] ist
       *[other] sind
    } bereit; der Karriererahmen verlangt { $percent } % davon.
verdict-text-share-not-ready = { $ready } von { $total ->
        [one] { $total } Dimension
       *[other] { $total } Dimensionen
    } { $ready ->
        [one] ist
       *[other] sind
    } bereit; der Karriererahmen verlangt { $percent } % davon. Noch nicht bereit: { $dimensions }.
verdict-rule-every = Für eine Beförderung muss jede Dimension bereit sein: Jeder andere Status hält sie auf, unabhängig vom Durchschnitt.
verdict-rule-at-least = { $count ->
        [one] Für eine Beförderung muss mindestens { $count } Dimension bereit sein (bzw. alle, wenn es weniger gibt).
       *[other] Für eine Beförderung müssen mindestens { $count } Dimensionen bereit sein (bzw. alle, wenn es weniger gibt).
    }
verdict-rule-share = Für eine Beförderung müssen { $percent } % der Dimensionen bereit sein.
verdict-rule-none = Der Karriererahmen nennt keine Regel für ein Gesamtergebnis, daher gibt der Bericht keines an: Jede Dimension zeigt, wie weit sie ist.

## Titles and link-preview descriptions of published pages.
page-title-level = { $level } · { $framework }
page-description-level = Was { $level } in jeder Dimension der Arbeit erwartet.
page-description-level-summary = Was { $level } in jeder Dimension der Arbeit erwartet. { $summary }
page-title-compare = { $from } im Vergleich mit { $to } · { $framework }
page-description-compare = Was sich von { $from } zu { $to } ändert: Erwartungen in jeder Dimension, nebeneinander.
page-title-promotion = Beförderung und Laufbahnwechsel · { $framework }
page-description-promotion = Wie man zwischen den Stufen und Laufbahnen von { $framework } wechselt.
page-title-framework = Karrierestufen · { $framework }

# Between a name in bold and what follows it ("Impact: ..."), in lists of criteria and dimensions.
label-separator = {": "}
